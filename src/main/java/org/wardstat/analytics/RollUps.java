package org.wardstat.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * Year-over-year figures of areas (district, city, province, country, or a ward on its own)
 * summed from their wards in the database, with how many wards each side rests on.
 */
@Service
public class RollUps {

    private final RollUpRepository repository;

    RollUps(RollUpRepository repository) {
        this.repository = repository;
    }

    public RolledUp of(Catalog catalog, OrgUnit area, Window window) {
        return of(catalog, List.of(area), window).get(0);
    }

    /** Every area in one query, in the order given. */
    public List<RolledUp> of(Catalog catalog, Collection<OrgUnit> areas, Window window) {
        Window prior = window.sameWindowYearEarlier();
        Map<String, int[]> expected = expectedWards(catalog, areas, window, prior);
        Map<String, Map<String, RollUpRepository.Sums>> sums = new HashMap<>();
        for (RollUpRepository.Sums row : repository.sums(window, areas.stream().map(OrgUnit::code).toList())) {
            sums.computeIfAbsent(row.area(), k -> new HashMap<>()).put(key(row.indicator(), row.current()), row);
        }
        List<RolledUp> result = new ArrayList<>(areas.size());
        for (OrgUnit area : areas) {
            Map<String, RollUpRepository.Sums> rows = sums.getOrDefault(area.code(), Map.of());
            int[] wards = expected.get(area.code());
            List<AreaChange> changes = new ArrayList<>();
            for (Indicator indicator : catalog.indicators()) {
                RollUpRepository.Sums now = rows.get(key(indicator.code(), true));
                RollUpRepository.Sums then = rows.get(key(indicator.code(), false));
                changes.add(new AreaChange(new IndicatorChange(indicator, measure(indicator, now), measure(indicator, then)),
                        coverage(indicator, now, wards[0]), coverage(indicator, then, wards[1])));
            }
            result.add(new RolledUp(area, window, coverage(null, rows.get(key(null, true)), wards[0]),
                    coverage(null, rows.get(key(null, false)), wards[1]), changes));
        }
        return result;
    }

    private static String key(String indicator, boolean current) {
        return indicator + (current ? "|current" : "|prior");
    }

    static Measure measure(Indicator indicator, RollUpRepository.Sums sums) {
        if (sums == null) {
            return Measure.notReported();
        }
        return switch (indicator.kind()) {
            case FLOW -> Measure.of(ObservationRepository.plain(sums.total()), sums.months());
            case STOCK -> sums.stock() == null ? Measure.notReported() : Measure.of(ObservationRepository.plain(sums.stock()), sums.months());
            case RATE -> Measure.rate(ObservationRepository.plain(sums.total()), ObservationRepository.plain(sums.denominator()), sums.months());
        };
    }

    private static Coverage coverage(Indicator indicator, RollUpRepository.Sums sums, int expected) {
        if (sums == null) {
            return new Coverage(0, expected);
        }
        boolean stock = indicator != null && indicator.kind() == Indicator.Kind.STOCK;
        return new Coverage(stock ? sums.wardsAtEnd() : sums.wards(), expected);
    }

    /**
     * For each area: the wards under it (or, merged away, under a ward in it) that existed at some
     * time in the window, and in the prior window.
     */
    private static Map<String, int[]> expectedWards(Catalog catalog, Collection<OrgUnit> areas, Window window, Window prior) {
        Map<String, int[]> expected = new HashMap<>();
        areas.forEach(area -> expected.put(area.code(), new int[2]));
        for (OrgUnit ward : catalog.wards()) {
            for (OrgUnit unit : catalog.areasOf(ward)) {
                int[] counts = expected.get(unit.code());
                if (counts != null) {
                    counts[0] += ward.existsDuring(window.first(), window.last()) ? 1 : 0;
                    counts[1] += ward.existsDuring(prior.first(), prior.last()) ? 1 : 0;
                }
            }
        }
        return expected;
    }
}
