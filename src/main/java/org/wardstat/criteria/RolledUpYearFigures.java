package org.wardstat.criteria;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.wardstat.analytics.AreaChange;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * The year's figures of any number of wards in one database query: each ward rolled up on its
 * own (sql/area-figures.sql; a merged ward through its lineage), which gives a merged ward its
 * predecessors' months before the merger, the same history its briefing shows.
 */
@Component
class RolledUpYearFigures implements YearFigures {

    private final CatalogRepository vocabulary;
    private final RollUps rollUps;

    RolledUpYearFigures(CatalogRepository vocabulary, RollUps rollUps) {
        this.vocabulary = vocabulary;
        this.rollUps = rollUps;
    }

    @Override
    public Map<String, Map<String, IndicatorChange>> of(List<String> wards, int year, List<Indicator> indicators) {
        Catalog catalog = vocabulary.load();
        List<OrgUnit> units = wards.stream().map(code -> catalog.unit(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown ward " + code))).toList();
        Set<String> wanted = Set.copyOf(indicators.stream().map(Indicator::code).toList());
        Map<String, Map<String, IndicatorChange>> figures = new HashMap<>();
        for (RolledUp ward : rollUps.of(catalog, units, Window.year(year))) {
            figures.put(ward.area().code(), byIndicator(ward, wanted));
        }
        return figures;
    }

    /** A ward's rolled-up year as the criteria read it: each wanted indicator's change by its code. */
    static Map<String, IndicatorChange> byIndicator(RolledUp ward, Set<String> wanted) {
        Map<String, IndicatorChange> byIndicator = new HashMap<>();
        for (AreaChange change : ward.indicators()) {
            if (wanted.contains(change.change().indicator().code())) {
                byIndicator.put(change.change().indicator().code(), change.change());
            }
        }
        return byIndicator;
    }
}
