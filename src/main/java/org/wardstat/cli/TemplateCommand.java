package org.wardstat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.WardstatProperties;
import org.wardstat.template.WardTemplateWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "template", mixinStandardHelpOptions = true)
class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Option(names = "--area", required = true, paramLabel = "CODE")
    String area;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
    YearMonth period;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Wardstat app = Wardstat.start(root.language)) {
            Catalog catalog = app.bean(CatalogRepository.class).load();
            OrgUnit unit = catalog.unit(area).orElse(null);
            if (unit == null) {
                app.out.println(app.messages.get("cli.template.unknown-area", area));
                return 1;
            }
            List<OrgUnit> wards = catalog.wardsUnder(unit);
            Path target = out != null ? out.toAbsolutePath() : app.bean(WardstatProperties.class).reports()
                    .resolve("templates").resolve(area + "-" + period + ".xlsx");
            WardTemplateWorkbook.write(target, unit, wards, catalog.indicators(), period, app.messages);
            app.out.println(app.messages.get("cli.template.written", target, wards.size()));
            return 0;
        }
    }
}
