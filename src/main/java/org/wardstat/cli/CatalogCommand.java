package org.wardstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.criteria.Assessment;
import org.wardstat.criteria.CriteriaCatalog;
import org.wardstat.criteria.CriteriaLoader;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "catalog", mixinStandardHelpOptions = true)
class CatalogCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Option(names = "--indicators", paramLabel = "FILE")
    Path indicators;

    @Option(names = "--org-units", paramLabel = "FILE")
    Path orgUnits;

    @Option(names = "--criteria", paramLabel = "FILE")
    Path criteria;

    @Option(names = "--assessments", paramLabel = "FILE")
    Path assessments;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            load(app, indicators, orgUnits, criteria);
            if (assessments != null) {
                loadAssessments(app, assessments);
            }
            return 0;
        }
    }

    static void load(Wardstat app, Path indicatorFile, Path orgUnitFile) {
        load(app, indicatorFile, orgUnitFile, null);
    }

    /** The criteria catalogs load after the indicators their rules name; by default those in catalog/criteria/, when present. */
    static void load(Wardstat app, Path indicatorFile, Path orgUnitFile, Path criteriaFile) {
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
        Path catalogs = criteriaFile != null ? criteriaFile : properties.catalog().resolve("criteria").resolve("catalogs.csv");
        if (criteriaFile != null || Files.isRegularFile(catalogs)) {
            loadCriteria(app, catalogs);
        }
    }

    private static void loadCriteria(Wardstat app, Path catalogsFile) {
        List<CriteriaCatalog> catalogs = app.bean(CriteriaLoader.class).loadCatalogs(catalogsFile, app.messages);
        app.out.println(app.messages.get("criteria.cli.catalogs", catalogs.size(), catalogsFile));
        for (CriteriaCatalog c : catalogs) {
            String years = c.lastYear() == null ? app.messages.get("criteria.cli.years-open", String.valueOf(c.firstYear()))
                    : app.messages.get("criteria.cli.years", String.valueOf(c.firstYear()), String.valueOf(c.lastYear()));
            app.out.println(app.messages.get("criteria.cli.catalog-loaded", c.code(), c.criteria().size(), c.groups().size(), years,
                    c.sampleWording() ? app.messages.get("criteria.cli.sample") : ""));
        }
    }

    static void loadAssessments(Wardstat app, Path file) {
        List<Assessment> loaded = app.bean(CriteriaLoader.class).loadAssessments(file, app.messages);
        long met = loaded.stream().filter(a -> a.status().met()).count();
        app.out.println(app.messages.get("criteria.cli.assessments", loaded.size(), met, loaded.size() - met, file));
    }
}
