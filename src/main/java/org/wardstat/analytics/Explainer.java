package org.wardstat.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * Explains printed figures ({@link Explanation}) by the same paths that compute them: the units of
 * {@link ComparisonUnits}, each unit's history by {@link Lineage}, each side by {@link Side}, and
 * only the units {@link RollUps} compares when any can be compared. The total of the rows is then
 * checked against the figure {@link RollUps} gives, which is what the report prints.
 */
@Service
public class Explainer {

    private final RollUps rollUps;
    private final SourceValues sources;
    private final ObservationRepository observations;

    Explainer(RollUps rollUps, SourceValues sources, ObservationRepository observations) {
        this.rollUps = rollUps;
        this.sources = sources;
        this.observations = observations;
    }

    public Explanation explain(Catalog catalog, OrgUnit unit, Window window, Indicator indicator) {
        return explain(catalog, unit, window, List.of(indicator), rollUps.of(catalog, unit, window)).get(0);
    }

    /** Several indicators of one unit against figures already rolled up, with one query for values and one for revisions. */
    public List<Explanation> explain(Catalog catalog, OrgUnit unit, Window window, List<Indicator> indicators, RolledUp printed) {
        Window prior = window.sameWindowYearEarlier();
        List<ComparisonUnits.Unit> units = new ComparisonUnits(catalog, List.of(unit), window).of(unit);
        Set<String> wards = new LinkedHashSet<>();
        units.forEach(u -> catalog.lineage(u.ward()).forEach(w -> wards.add(w.code())));
        Set<String> stored = new LinkedHashSet<>();
        indicators.forEach(i -> stored.addAll(storedCodes(i)));
        // both sides' months decide what is compared, and are read from the key alone; the files, sheets and rows
        // only of the window's months, which the explanation lists, from the table's pages (half of them for a year)
        Sources found = wards.isEmpty() || stored.isEmpty() ? new Sources(Map.of(), Map.of())
                : new Sources(sources.values(wards, stored, window.first(), window.last()),
                sources.revisions(wards, stored, window.first(), window.last()));
        Map<String, MonthlyValues> byWard = wards.isEmpty() || stored.isEmpty() ? Map.of()
                : observations.monthlyValues(wards, prior.first(), window.last());
        Map<ComparisonUnits.Unit, MonthlyValues> histories = new LinkedHashMap<>();
        for (ComparisonUnits.Unit u : units) {
            histories.put(u, Lineage.values(u.ward(), catalog, prior.first(), window.last(),
                    (code, span) -> byWard.getOrDefault(code, new MonthlyValues()).within(span)));
        }
        return indicators.stream().map(indicator -> explain(catalog, unit, window, indicator, histories, found,
                printed.indicator(indicator.code()).map(c -> c.change().current()).orElse(Measure.notReported()))).toList();
    }

    private Explanation explain(Catalog catalog, OrgUnit area, Window window, Indicator indicator,
                                Map<ComparisonUnits.Unit, MonthlyValues> histories, Sources found, Measure printed) {
        Window prior = window.sameWindowYearEarlier();
        boolean anyCompared = histories.values().stream()
                .anyMatch(h -> Side.sameMonths(Side.of(indicator, h, window), Side.of(indicator, h, prior)));
        List<OrgUnit> counted = new ArrayList<>();
        List<OrgUnit> leftOut = new ArrayList<>();
        List<Explanation.Row> rows = new ArrayList<>();
        histories.forEach((unit, history) -> {
            Side now = Side.of(indicator, history, window);
            if (now == null) {
                return;
            }
            if (anyCompared && !Side.sameMonths(now, Side.of(indicator, history, prior))) {
                leftOut.add(unit.ward());
                return;
            }
            counted.add(unit.ward());
            for (YearMonth month : countedMonths(indicator, history, window)) {
                for (String code : storedCodes(indicator)) {
                    rows.addAll(found.rows(catalog, unit.ward(), unit.ward(), code, month));
                }
            }
        });
        return total(area, window, indicator, rows, counted, leftOut, printed);
    }

    private static Explanation total(OrgUnit area, Window window, Indicator indicator, List<Explanation.Row> rows,
                                     List<OrgUnit> counted, List<OrgUnit> leftOut, Measure printed) {
        if (indicator.isRate()) {
            BigDecimal numerator = sum(rows, indicator.numerator());
            BigDecimal denominator = sum(rows, indicator.denominator());
            BigDecimal total = rows.isEmpty() ? null : Measure.rate(numerator, denominator, 1).value();
            return new Explanation(area, window, indicator, rows, total, numerator, denominator, counted, leftOut, printed);
        }
        BigDecimal total = rows.isEmpty() ? null : sum(rows, indicator.code());
        return new Explanation(area, window, indicator, rows, total, null, null, counted, leftOut, printed);
    }

    private static BigDecimal sum(List<Explanation.Row> rows, String code) {
        return rows.stream().filter(r -> r.indicator().equals(code)).map(Explanation.Row::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The months whose values make the figure: every month of a flow, a stock's last, the months a rate has both flows. */
    private static Collection<YearMonth> countedMonths(Indicator indicator, MonthlyValues history, Window window) {
        if (indicator.isRate()) {
            var numerators = history.in(indicator.numerator(), window);
            return history.in(indicator.denominator(), window).keySet().stream().filter(numerators::containsKey).toList();
        }
        var months = history.in(indicator.code(), window);
        return indicator.kind() == Indicator.Kind.STOCK ? List.of(months.lastKey()) : months.keySet();
    }

    private static List<String> storedCodes(Indicator indicator) {
        return indicator.isRate() ? List.of(indicator.numerator(), indicator.denominator()) : List.of(indicator.code());
    }

    /** What the queries found, by ward, indicator and month. */
    private record Sources(Map<SourceValues.Key, SourceValues.Stored> values,
                           Map<SourceValues.Key, List<Explanation.Revision>> revisions) {

        /** The stored value of the ward's month, or, before a merger formed it, its predecessors' (as {@link Lineage} sums them). */
        List<Explanation.Row> rows(Catalog catalog, OrgUnit countsFor, OrgUnit ward, String code, YearMonth month) {
            SourceValues.Key key = new SourceValues.Key(ward.code(), code, month);
            SourceValues.Stored stored = values.get(key);
            if (stored != null) {
                return List.of(new Explanation.Row(countsFor, ward, month, code, stored.value(), stored.file(), stored.sheet(),
                        stored.row(), stored.loadId(), stored.loadedAt(), revisions.getOrDefault(key, List.of())));
            }
            List<Explanation.Row> rows = new ArrayList<>();
            if (ward.firstMonth() != null && month.isBefore(ward.firstMonth())) {
                for (String predecessor : ward.predecessors()) {
                    catalog.unit(predecessor).ifPresent(p -> rows.addAll(rows(catalog, countsFor, p, code, month)));
                }
            }
            return rows;
        }
    }
}
