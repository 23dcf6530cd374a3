package org.wardstat.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.audit.AuditEvent;
import org.wardstat.audit.AuditTrail;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The audit trail at the command line, newest first. The operator of the machine sees every
 * unit's events (the database is theirs); {@code --area} narrows them to a subtree, and then
 * events that concern no unit are left out.
 */
@Command(name = "audit", mixinStandardHelpOptions = true)
class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @ParentCommand
    WardstatCli root;

    @Option(names = "--area", paramLabel = "CODE")
    String area;

    @Option(names = "--action", paramLabel = "ACTION")
    String action;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N")
    int limit = 50;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            Catalog catalog = app.bean(CatalogRepository.class).load();
            List<String> units;
            if (area == null) {
                units = catalog.units().stream().map(OrgUnit::code).toList();
            } else {
                OrgUnit top = catalog.unit(area).orElse(null);
                if (top == null) {
                    System.err.println("wardstat: " + app.messages.get("audit.unknown-area", area));
                    return 1;
                }
                units = catalog.units().stream().filter(unit -> unit.equals(top) || catalog.ancestors(unit).contains(top))
                        .map(OrgUnit::code).toList();
            }
            List<AuditEvent> events = app.bean(AuditTrail.class).page(units, area == null, action, 0, Math.max(1, limit));
            if (events.isEmpty()) {
                app.out.println(app.messages.get("audit.none"));
                return 0;
            }
            DateTimeFormatter at = SECONDS.withZone(app.bean(WardstatProperties.class).zone());
            for (AuditEvent event : events) {
                app.out.println(app.messages.get("audit.line", at.format(event.at()), event.actor(),
                        app.messages.get("audit.channel." + event.channel()), app.messages.get("audit.action." + event.action()),
                        event.orgUnitCode() == null ? "—" : event.orgUnitCode(), event.detail(),
                        event.remoteAddress() == null ? "" : " [" + event.remoteAddress() + "]"));
            }
            return 0;
        }
    }
}
