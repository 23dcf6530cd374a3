package org.wardstat.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * Year-over-year figures of areas (district, city, province, country, or a ward on its own)
 * summed from their wards, with how many wards each side rests on. The database sums each
 * ward's months; this adds the wards up to every area asked for: flows summed, stocks the last
 * value of each ward that still exists at the end of the window (a ward merged away lives on in
 * its successor's stock), rates the ratio of the summed parts. A ward merged away counts under
 * the ward that replaced it too ({@link Catalog#areasOf}), once however an area reaches it.
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

    /** Every area with one database query, in the order given. */
    public List<RolledUp> of(Catalog catalog, Collection<OrgUnit> areas, Window window) {
        Window prior = window.sameWindowYearEarlier();
        Map<String, Sums> sums = new HashMap<>();
        areas.forEach(area -> sums.put(area.code(), new Sums()));
        Map<String, List<Sums>> sumsOfWard = new HashMap<>();
        for (OrgUnit ward : catalog.wards()) {
            List<Sums> into = new ArrayList<>();
            for (OrgUnit area : catalog.areasOf(ward)) {
                Sums areaSums = sums.get(area.code());
                if (areaSums != null) {
                    into.add(areaSums);
                    areaSums.expectedNow += ward.existsDuring(window.first(), window.last()) ? 1 : 0;
                    areaSums.expectedThen += ward.existsDuring(prior.first(), prior.last()) ? 1 : 0;
                }
            }
            if (!into.isEmpty()) {
                sumsOfWard.put(ward.code(), into);
            }
        }
        Map<String, OrgUnit> units = new HashMap<>();
        sumsOfWard.keySet().forEach(code -> units.put(code, catalog.unit(code).orElseThrow()));
        repository.wardSums(window, sumsOfWard.keySet(), catalog.wards().size(), row -> {
            OrgUnit ward = units.get(row.ward());
            if (ward == null) {
                return; // a ward outside the areas asked for
            }
            boolean atEnd = ward.lastMonth() == null || !ward.lastMonth().isBefore((row.current() ? window : prior).last());
            for (Sums areaSums : sumsOfWard.get(row.ward())) {
                areaSums.add(row, atEnd);
            }
        });
        List<RolledUp> result = new ArrayList<>(areas.size());
        for (OrgUnit area : areas) {
            result.add(sums.get(area.code()).rolledUp(area, window, catalog.indicators()));
        }
        return result;
    }

    /** One area's running sums, by indicator and side. */
    private static final class Sums {
        int expectedNow;
        int expectedThen;
        final Map<String, Part> parts = new HashMap<>();
        final Set<String> reportingNow = new HashSet<>();
        final Set<String> reportingThen = new HashSet<>();

        void add(RollUpRepository.WardSums row, boolean atEnd) {
            parts.computeIfAbsent(row.indicator() + (row.current() ? "|now" : "|then"), k -> new Part()).add(row, atEnd);
            (row.current() ? reportingNow : reportingThen).add(row.ward());
        }

        RolledUp rolledUp(OrgUnit area, Window window, List<Indicator> indicators) {
            List<AreaChange> changes = new ArrayList<>(indicators.size());
            for (Indicator indicator : indicators) {
                Part now = parts.get(indicator.code() + "|now");
                Part then = parts.get(indicator.code() + "|then");
                changes.add(new AreaChange(new IndicatorChange(indicator, measure(indicator, now), measure(indicator, then)),
                        coverage(indicator, now, expectedNow), coverage(indicator, then, expectedThen)));
            }
            return new RolledUp(area, window, new Coverage(reportingNow.size(), expectedNow),
                    new Coverage(reportingThen.size(), expectedThen), changes);
        }

        private static Measure measure(Indicator indicator, Part part) {
            if (part == null) {
                return Measure.notReported();
            }
            return switch (indicator.kind()) {
                case FLOW -> Measure.of(ObservationRepository.plain(part.total), part.months());
                case STOCK -> part.wardsAtEnd == 0 ? Measure.notReported() : Measure.of(ObservationRepository.plain(part.stock), part.months());
                case RATE -> Measure.rate(ObservationRepository.plain(part.total), ObservationRepository.plain(part.denominator), part.months());
            };
        }

        private static Coverage coverage(Indicator indicator, Part part, int expected) {
            if (part == null) {
                return new Coverage(0, expected);
            }
            return new Coverage(indicator.kind() == Indicator.Kind.STOCK ? part.wardsAtEnd : part.wards, expected);
        }
    }

    /** One indicator on one side of one area. */
    private static final class Part {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal stock = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        int wards;
        int wardsAtEnd;
        int monthsSum;
        YearMonth first;
        YearMonth last;

        void add(RollUpRepository.WardSums row, boolean atEnd) {
            total = total.add(row.total());
            if (row.denominator() != null) {
                denominator = denominator.add(row.denominator());
            }
            if (atEnd && row.lastValue() != null) {
                stock = stock.add(row.lastValue());
                wardsAtEnd++;
            }
            wards++;
            monthsSum += row.months();
            first = first == null || row.firstMonth().isBefore(first) ? row.firstMonth() : first;
            last = last == null || row.lastMonth().isAfter(last) ? row.lastMonth() : last;
        }

        /**
         * The months with data: for one ward (or a merged ward and its predecessors, whose months
         * do not overlap) their number, for several wards the span from the first to the last, so
         * half a year against a whole one shows.
         */
        int months() {
            long span = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            return (int) Math.min(monthsSum, span);
        }
    }
}
