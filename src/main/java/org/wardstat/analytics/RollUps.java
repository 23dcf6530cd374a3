package org.wardstat.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * Year-over-year figures of areas (district, city, province, country, or a ward on its own)
 * summed from their wards, like with like: an indicator's change rests only on the wards that
 * reported it on both sides over the same months, and the area says how many those are and which
 * wards are left out. A ward formed by a merger counts with the wards it replaced, whose months
 * before the merger are summed ({@link Lineage}), so it is compared as its briefing compares it
 * ({@link ComparisonUnits}). The database sums the months of each ward and the wards of each group
 * that counts in the same areas (sql/area-figures.sql); this adds the groups and the merged wards
 * up to every area asked for: flows summed, stocks each ward's last value summed, rates the ratio
 * of the summed parts.
 */
@Service
public class RollUps {

    private final RollUpRepository repository;
    private final ObservationRepository observations;

    RollUps(RollUpRepository repository, ObservationRepository observations) {
        this.repository = repository;
        this.observations = observations;
    }

    public RolledUp of(Catalog catalog, OrgUnit area, Window window) {
        return of(catalog, List.of(area), window).get(0);
    }

    /**
     * The wards an area's comparison adds up, each once: a ward merged inside the compared span
     * stands for the wards it replaced. These are the wards a ranking of the area lists.
     */
    public List<OrgUnit> units(Catalog catalog, OrgUnit area, Window window) {
        return new ComparisonUnits(catalog, List.of(area), window).of(area).stream().map(ComparisonUnits.Unit::ward).toList();
    }

    /** Every area with one database query (and one per merged ward), in the order given. */
    public List<RolledUp> of(Catalog catalog, Collection<OrgUnit> areas, Window window) {
        Window prior = window.sameWindowYearEarlier();
        ComparisonUnits units = new ComparisonUnits(catalog, areas, window);
        Map<String, AreaSums> sums = new LinkedHashMap<>();
        areas.forEach(area -> sums.put(area.code(), new AreaSums()));
        // the plain wards grouped by the areas they count in: the database sums each group, this adds it to its areas
        Map<List<String>, Integer> groupIds = new HashMap<>();
        List<List<String>> groups = new ArrayList<>();
        List<String> wards = new ArrayList<>(units.plainWards());
        List<Integer> groupOf = new ArrayList<>(wards.size());
        for (String ward : wards) {
            groupOf.add(groupIds.computeIfAbsent(units.areasOfPlainWard(ward), areasOfWard -> {
                groups.add(areasOfWard);
                return groups.size() - 1;
            }));
        }
        repository.sums(window, wards, groupOf, catalog, new RollUpRepository.Sink() {
            @Override
            public void group(RollUpRepository.GroupSums group) {
                groups.get(group.group()).forEach(area -> sums.get(area).add(group));
            }

            @Override
            public void ward(RollUpRepository.WardMonths seen) {
                units.areasOfPlainWard(seen.ward()).forEach(area -> sums.get(area).add(seen));
            }
        });
        for (Map.Entry<ComparisonUnits.Unit, List<String>> merged : units.mergedWards().entrySet()) {
            OrgUnit ward = merged.getKey().ward();
            MonthlyValues values = observations.monthlyValues(ward, catalog, prior.first(), window.last());
            addSides(catalog.indicators(), ward, values, window, merged.getValue().stream().map(sums::get).toList());
        }
        List<RolledUp> result = new ArrayList<>(areas.size());
        for (OrgUnit area : areas) {
            result.add(sums.get(area.code()).rolledUp(area, window, catalog.indicators(), units.of(area)));
        }
        return result;
    }

    /**
     * A ward on its own, rolled up from its months already read: {@code history} holds at least
     * the window and the same window a year earlier, for a ward formed by a merger its lineage's
     * months as {@link Lineage} sums them. A briefing reads those months for its chart and tables
     * anyway; this gives the figures {@link #of} gives, to the digit, without asking the database
     * again. A ward whose comparison adds up other wards too (a merger in the middle of a month
     * of the compared span) is rolled up by {@link #of}.
     */
    public RolledUp ofWard(Catalog catalog, OrgUnit ward, Window window, MonthlyValues history) {
        ComparisonUnits units = new ComparisonUnits(catalog, List.of(ward), window);
        List<ComparisonUnits.Unit> own = units.of(ward);
        if (own.size() > 1 || (own.size() == 1 && !own.get(0).ward().code().equals(ward.code()))) {
            return of(catalog, ward, window);
        }
        AreaSums sums = new AreaSums();
        if (!own.isEmpty()) {
            addSides(catalog.indicators(), ward, history, window, List.of(sums));
        }
        return sums.rolledUp(ward, window, catalog.indicators(), own);
    }

    /** Each indicator of one ward, both sides summed in memory, added to the areas it counts in. */
    private static void addSides(List<Indicator> indicators, OrgUnit ward, MonthlyValues values, Window window, List<AreaSums> into) {
        Window prior = window.sameWindowYearEarlier();
        for (Indicator indicator : indicators) {
            Side now = Side.of(indicator, values, window);
            Side then = Side.of(indicator, values, prior);
            if (now != null || then != null) {
                into.forEach(area -> area.add(ward.code(), indicator.code(), now, then));
            }
        }
    }

    /** One area's running sums: by indicator, the compared wards and every reporting ward of each side. */
    private static final class AreaSums {
        final Map<String, Pools> pools = new HashMap<>();
        final Map<String, WardSeen> wards = new HashMap<>();

        /** One indicator of one ward (a merged ward, summed here from its lineage). */
        void add(String ward, String indicator, Side now, Side then) {
            boolean compared = Side.sameMonths(now, then);
            pools.computeIfAbsent(indicator, k -> new Pools()).add(now, then, compared);
            wards.computeIfAbsent(ward, k -> new WardSeen()).add(now, then, compared);
        }

        /** One indicator of a group of wards, summed by the database. */
        void add(RollUpRepository.GroupSums group) {
            pools.computeIfAbsent(group.indicator(), k -> new Pools()).add(group);
        }

        /** One ward of a group across its indicators. */
        void add(RollUpRepository.WardMonths seen) {
            wards.computeIfAbsent(seen.ward(), k -> new WardSeen()).add(seen.monthsNow(), seen.monthsThen(), seen.compared());
        }

        RolledUp rolledUp(OrgUnit area, Window window, List<Indicator> indicators, List<ComparisonUnits.Unit> units) {
            int expectedNow = (int) units.stream().filter(ComparisonUnits.Unit::existsNow).count();
            int expectedThen = (int) units.stream().filter(ComparisonUnits.Unit::existedThen).count();
            List<AreaChange> changes = new ArrayList<>(indicators.size());
            for (Indicator indicator : indicators) {
                Pools pool = pools.getOrDefault(indicator.code(), new Pools());
                boolean comparable = pool.compared > 0;
                IndicatorChange change = comparable
                        ? new IndicatorChange(indicator, pool.comparedNow.measure(indicator), pool.comparedThen.measure(indicator))
                        : new IndicatorChange(indicator, pool.allNow.measure(indicator), pool.allThen.measure(indicator));
                changes.add(new AreaChange(change, new Coverage(pool.allNow.wards, expectedNow),
                        new Coverage(pool.allThen.wards, expectedThen), new Coverage(pool.compared, units.size())));
            }
            List<RolledUp.LeftOut> leftOut = new ArrayList<>();
            int reportingNow = 0;
            int reportingThen = 0;
            int compared = 0;
            for (ComparisonUnits.Unit unit : units) {
                WardSeen seen = wards.getOrDefault(unit.ward().code(), new WardSeen());
                reportingNow += seen.monthsNow > 0 ? 1 : 0;
                reportingThen += seen.monthsThen > 0 ? 1 : 0;
                if (seen.compared) {
                    compared++;
                } else {
                    RolledUp.Reason reason = seen.monthsNow == 0 ? RolledUp.Reason.NO_CURRENT
                            : seen.monthsThen == 0 ? RolledUp.Reason.NO_PRIOR : RolledUp.Reason.MONTHS;
                    leftOut.add(new RolledUp.LeftOut(unit.ward(), reason, seen.monthsNow, seen.monthsThen));
                }
            }
            return new RolledUp(area, window, new Coverage(reportingNow, expectedNow), new Coverage(reportingThen, expectedThen),
                    new Coverage(compared, units.size()), leftOut, changes);
        }
    }

    /** What one ward showed across all indicators. */
    private static final class WardSeen {
        int monthsNow;
        int monthsThen;
        boolean compared;

        void add(Side now, Side then, boolean comparedHere) {
            add(now == null ? 0 : now.months(), then == null ? 0 : then.months(), comparedHere);
        }

        void add(int monthsNowHere, int monthsThenHere, boolean comparedHere) {
            monthsNow = Math.max(monthsNow, monthsNowHere);
            monthsThen = Math.max(monthsThen, monthsThenHere);
            compared |= comparedHere;
        }
    }

    /** One indicator of one area: the compared wards' sums on each side, and every reporting ward's. */
    private static final class Pools {
        final Pool comparedNow = new Pool();
        final Pool comparedThen = new Pool();
        final Pool allNow = new Pool();
        final Pool allThen = new Pool();
        int compared;

        void add(Side now, Side then, boolean comparedHere) {
            allNow.add(now);
            allThen.add(then);
            if (comparedHere) {
                comparedNow.add(now);
                comparedThen.add(then);
                compared++;
            }
        }

        void add(RollUpRepository.GroupSums group) {
            comparedNow.add(group.comparedNow());
            comparedThen.add(group.comparedThen());
            allNow.add(group.allNow());
            allThen.add(group.allThen());
            compared += group.compared();
        }
    }

    /** Sums over some wards of one indicator on one side. */
    private static final class Pool {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal stock = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        int wards;
        int months;

        void add(Side side) {
            if (side == null) {
                return;
            }
            total = total.add(side.total());
            if (side.lastValue() != null) {
                stock = stock.add(side.lastValue());
            }
            if (side.denominator() != null) {
                denominator = denominator.add(side.denominator());
            }
            wards++;
            months = Math.max(months, side.months());
        }

        void add(RollUpRepository.PoolSums sums) {
            total = total.add(sums.total());
            stock = stock.add(sums.stock());
            denominator = denominator.add(sums.denominator());
            wards += sums.wards();
            months = Math.max(months, sums.months());
        }

        Measure measure(Indicator indicator) {
            if (wards == 0) {
                return Measure.notReported();
            }
            return switch (indicator.kind()) {
                case FLOW -> Measure.of(total, months);
                case STOCK -> Measure.of(stock, months);
                case RATE -> Measure.rate(total, denominator, months);
            };
        }
    }
}
