package org.wardstat.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/** The real catalog and org-unit files, and a template for Thành phố Bắc Kạn's six wards. */
final class BacKanTemplate {

    static final List<Indicator> INDICATORS = CatalogFiles.readIndicators(Path.of("catalog/indicators.csv"));
    static final List<OrgUnit> UNITS = CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv"));
    static final Catalog CATALOG = new Catalog(INDICATORS, UNITS);
    static final OrgUnit AREA = CATALOG.unit("tp-bac-kan").orElseThrow();
    static final List<OrgUnit> WARDS = CATALOG.wards().stream().filter(ward -> ward.parentCode().equals("tp-bac-kan")).toList();
    static final YearMonth PERIOD = YearMonth.of(2025, 1);

    private BacKanTemplate() {
    }

    static Path write(Path file, String language) throws IOException {
        WardTemplateWorkbook.write(file, AREA, WARDS, INDICATORS, PERIOD, Messages.forLanguage(language));
        return file;
    }

    /** The indicators a ward types in: all but the rates, in catalog order. */
    static List<Indicator> typedIndicators() {
        return INDICATORS.stream().filter(indicator -> indicator.kind() != Indicator.Kind.RATE).toList();
    }
}
