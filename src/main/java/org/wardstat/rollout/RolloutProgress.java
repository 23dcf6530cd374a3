package org.wardstat.rollout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.rollout.Rollout.WardDesignation;
import org.wardstat.rollout.YearProgress.Status;

/**
 * Rollout progress, computed from the designations, the targets and the org-unit tree.
 *
 * <ul>
 *   <li>The wards of a year are the wards under the area that exist on 31 December. A ward that
 *   ended in a merger stops counting, recognised or not, and the ward formed from it counts
 *   from its first year. Recognition is per ward: the new ward is not recognised until a
 *   decision names it.</li>
 *   <li>The band in force in a year is that of the first target year at or after it (2023 and
 *   2025 are measured against the 2025 band); after the last target year, the last target
 *   stays in force. Bands are not interpolated: a year-by-year plan is entered as targets.</li>
 *   <li>The pace is the average number of wards recognised per year since the first recognition
 *   (see {@link Projection}).</li>
 * </ul>
 */
public final class RolloutProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RolloutProgress() {
    }

    /** The area's rollout from the first year one of its wards was selected up to {@code lastYear}. */
    public static Rollout of(OrgUnit area, Catalog catalog, List<Designation> designations,
                             List<RolloutTarget> targets, int lastYear) {
        List<OrgUnit> wards = catalog.wardsUnder(area);
        Map<String, Designation> byWard = designations.stream()
                .collect(Collectors.toMap(Designation::wardCode, Function.identity()));
        OrgUnit targetArea = targetArea(area, catalog, targets);
        List<RolloutTarget> areaTargets = targetArea == null ? List.of() : targets.stream()
                .filter(t -> t.areaCode().equals(targetArea.code()))
                .sorted(Comparator.comparingInt(RolloutTarget::year)).toList();
        int firstYear = wards.stream().map(w -> byWard.get(w.code())).filter(d -> d != null)
                .mapToInt(Designation::yearSelected).min().orElse(lastYear);
        List<YearProgress> years = new ArrayList<>();
        for (int year = Math.min(firstYear, lastYear); year <= lastYear; year++) {
            years.add(year(year, wards, byWard, areaTargets));
        }
        YearMonth end = YearMonth.of(lastYear, 12);
        List<WardDesignation> listed = wards.stream()
                .filter(w -> w.existsIn(end) || byWard.containsKey(w.code()))
                .map(w -> new WardDesignation(w, byWard.get(w.code()))).toList();
        return new Rollout(area, targetArea, areaTargets, years, listed);
    }

    static YearProgress year(int year, List<OrgUnit> wards, Map<String, Designation> byWard, List<RolloutTarget> targets) {
        YearMonth december = YearMonth.of(year, 12);
        List<Designation> counted = wards.stream().filter(w -> w.existsIn(december))
                .map(w -> byWard.get(w.code())).toList();
        int total = counted.size();
        int selected = (int) counted.stream().filter(d -> d != null && d.selectedBy(year)).count();
        List<Designation> recognised = counted.stream().filter(d -> d != null && d.recognisedBy(year)).toList();
        BigDecimal percent = total == 0 ? null
                : BigDecimal.valueOf(recognised.size() * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        RolloutTarget band = bandInForce(targets, year);
        return new YearProgress(year, total, selected, recognised.size(), percent, band,
                status(total, recognised.size(), band), projection(year, total, recognised));
    }

    /** The first target at or after the year, or the last one once every target year has passed. */
    static RolloutTarget bandInForce(List<RolloutTarget> targets, int year) {
        return targets.stream().filter(t -> t.year() >= year).findFirst()
                .orElse(targets.isEmpty() ? null : targets.get(targets.size() - 1));
    }

    static Status status(int wards, int recognised, RolloutTarget band) {
        if (wards == 0) {
            return Status.NO_WARDS;
        }
        if (recognised == wards) {
            return Status.ALL_RECOGNISED;
        }
        if (band == null) {
            return Status.NO_TARGET;
        }
        // compared exactly: recognised / wards against lower% and upper%, with no rounding
        BigDecimal share = BigDecimal.valueOf(recognised).multiply(HUNDRED);
        if (share.compareTo(band.lowerPercent().multiply(BigDecimal.valueOf(wards))) < 0) {
            return Status.BELOW;
        }
        return share.compareTo(band.upperPercent().multiply(BigDecimal.valueOf(wards))) > 0 ? Status.ABOVE : Status.WITHIN;
    }

    static Projection projection(int year, int wards, List<Designation> recognised) {
        int count = recognised.size();
        if (count == 0) {
            return new Projection(Projection.Kind.NO_PACE, null, 0, null, year);
        }
        int since = recognised.stream().mapToInt(Designation::yearRecognised).min().orElseThrow();
        if (count == wards) {
            return new Projection(Projection.Kind.REACHED, null, count, since, year);
        }
        long years = year - since + 1L;
        long toGo = -Math.floorDiv(-(wards - count) * years, count); // remaining / (count / years), rounded up
        return new Projection(Projection.Kind.PROJECTED, (int) (year + toGo), count, since, year);
    }

    /** The area or the nearest area above it that has targets: a province's plan covers its cities. */
    private static OrgUnit targetArea(OrgUnit area, Catalog catalog, List<RolloutTarget> targets) {
        List<OrgUnit> chain = new ArrayList<>(List.of(area));
        chain.addAll(catalog.ancestors(area));
        return chain.stream().filter(unit -> targets.stream().anyMatch(t -> t.areaCode().equals(unit.code())))
                .findFirst().orElse(null);
    }
}
