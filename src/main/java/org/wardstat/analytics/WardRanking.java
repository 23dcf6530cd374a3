package org.wardstat.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * The wards of an area ranked by the change of one indicator against the same period last year,
 * best first. Counts are ranked by their Poisson z-score, so a small ward's jump from 1 to 3 does
 * not outrank a large ward's fall from 40 to 25; other indicators by the change itself. Wards
 * without comparable figures on both sides (missing, or fewer months on one side) are listed
 * after the ranked ones, without a rank.
 */
public final class WardRanking {

    /** @param rank 1 for the best change; equal changes share a rank (1, 2, 2, 4); 0 when not ranked */
    public record Place(int rank, OrgUnit ward, AreaChange change) {

        public boolean ranked() {
            return rank > 0;
        }
    }

    private WardRanking() {
    }

    /** @param wards each ward's own figures (a ward rolled up on its own) */
    public static List<Place> rank(List<RolledUp> wards, String indicatorCode) {
        List<Place> ranked = new ArrayList<>();
        List<Place> unranked = new ArrayList<>();
        for (RolledUp ward : wards) {
            AreaChange change = ward.indicator(indicatorCode).orElseThrow();
            (score(change.change()) == null || !change.comparable() ? unranked : ranked).add(new Place(0, ward.area(), change));
        }
        if (ranked.isEmpty()) {
            return unranked;
        }
        Indicator indicator = ranked.get(0).change().change().indicator();
        Comparator<Place> best = Comparator.comparingDouble(place -> score(place.change().change()));
        if (indicator.better() == Indicator.Better.HIGHER) {
            best = best.reversed();
        }
        ranked.sort(best.thenComparing(place -> place.ward().nameVi()));
        List<Place> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Place place = ranked.get(i);
            boolean tie = i > 0 && score(place.change().change()).equals(score(ranked.get(i - 1).change().change()));
            result.add(new Place(tie ? result.get(i - 1).rank() : i + 1, place.ward(), place.change()));
        }
        result.addAll(unranked);
        return result;
    }

    /** The z-score for a count, the change otherwise; null when a side has no value. */
    private static Double score(IndicatorChange change) {
        Double z = change.zScore();
        if (z != null) {
            return z;
        }
        return change.change() == null ? null : change.change().doubleValue();
    }
}
