package org.wardstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Nạp danh mục chỉ tiêu và cây đơn vị (tỉnh, huyện, phường) vào cơ sở dữ liệu.",
                "Load the indicator catalog and the org-unit tree. Reloading an edited file updates it."})
class CatalogCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Option(names = "--indicators", paramLabel = "FILE",
            description = "Danh mục chỉ tiêu (mặc định catalog/indicators.csv). Indicator catalog file.")
    Path indicators;

    @Option(names = "--org-units", paramLabel = "FILE",
            description = "Tệp đơn vị: code,parent_code,level,name_vi,name_en (ví dụ sample-data/org-units.csv).")
    Path orgUnits;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            load(app, indicators, orgUnits);
            return 0;
        }
    }

    static void load(Wardstat app, Path indicatorFile, Path orgUnitFile) {
        WardstatProperties properties = app.bean(WardstatProperties.class);
        Path indicatorPath = indicatorFile != null ? indicatorFile : properties.catalog().resolve("indicators.csv");
        CatalogRepository repository = app.bean(CatalogRepository.class);
        List<Indicator> indicators = CatalogFiles.readIndicators(indicatorPath);
        repository.saveIndicators(indicators);
        app.out.println(app.messages.get("cli.catalog.indicators", indicators.size(), indicatorPath));
        if (orgUnitFile != null) {
            List<OrgUnit> units = CatalogFiles.readOrgUnits(orgUnitFile);
            repository.saveOrgUnits(units);
            app.out.println(app.messages.get("cli.catalog.units", units.size(),
                    units.stream().filter(OrgUnit::isWard).count(), orgUnitFile));
        }
    }
}
