package org.wardstat.cli;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.analytics.Completeness;
import org.wardstat.analytics.Window;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true)
class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @ParentCommand
    WardstatCli root;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
    YearMonth period;

    @Option(names = "--area", paramLabel = "CODE", defaultValue = "vn")
    String area;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            if (app.refusesFuture(Window.month(period))) {
                return WrongUsage.EXIT_CODE;
            }
            OrgUnit unit = app.bean(CatalogRepository.class).load().unit(area).orElse(null);
            if (unit == null) {
                app.out.println(app.messages.get("cli.template.unknown-area", area));
                return 1;
            }
            Completeness.Report report = app.bean(Completeness.class).of(unit, period);
            ZoneId zone = app.bean(WardstatProperties.class).zone();
            boolean vi = app.messages.isVietnamese();
            app.out.println(app.messages.get("cli.status.title", String.format("%02d/%d", period.getMonthValue(), period.getYear()),
                    unit.name(vi), report.deadline().format(DAY)));
            app.out.println(app.messages.get("cli.status.counts", report.count(Completeness.Status.ON_TIME), report.wards().size(),
                    report.count(Completeness.Status.LATE), report.count(Completeness.Status.PENDING), report.count(Completeness.Status.MISSING)));
            for (Completeness.WardSubmission ward : report.wards()) {
                // Việt Nam's time (wardstat.time-zone), whatever the server's zone
                String when = ward.firstSubmitted() == null ? "" : ward.firstSubmitted().atZone(zone).format(TIME);
                app.out.printf("  %-32s %-12s %s%s%n", ward.ward().name(vi), app.messages.get("status." + ward.status().name().toLowerCase()),
                        when, ward.files() > 1 ? "  " + app.messages.get("cli.status.files", ward.files()) : "");
            }
            return 0;
        }
    }
}
