package org.wardstat.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * The wards of an area ranked by the change of one indicator against the same period last year,
 * best first. Counts are ranked by a statistic of the exact test that flags them
 * ({@link Significance#rankScore}: the one-sided mid-p-value as a normal score), so a large
 * ward's fall from 40 to 25 outranks a small ward's fall from 4 to 1, and every "no change"
 * shares one rank; other indicators by the change itself. Wards without comparable figures on
 * both sides (missing, or fewer months on one side) are listed after the ranked ones, without
 * a rank.
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
        // the share of this year's count in the two years' total tells apart scores too extreme for a double
        Comparator<Place> best = Comparator.<Place>comparingDouble(place -> score(place.change().change()))
                .thenComparingDouble(place -> share(place.change().change()));
        if (indicator.better() == Indicator.Better.HIGHER) {
            best = best.reversed();
        }
        ranked.sort(best.thenComparing(place -> place.ward().nameVi()));
        List<Place> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Place place = ranked.get(i);
            // equal on both keys: the same counts, or no change at all (score 0, share ½)
            boolean tie = i > 0 && best.compare(place, ranked.get(i - 1)) == 0;
            result.add(new Place(tie ? result.get(i - 1).rank() : i + 1, place.ward(), place.change()));
        }
        result.addAll(unranked);
        return result;
    }

    /** The test's rank score for a count, the change otherwise; null when a side has no value. */
    private static Double score(IndicatorChange change) {
        Double score = change.rankScore();
        if (score != null) {
            return score;
        }
        return change.change() == null ? null : change.change().doubleValue();
    }

    /** This year's part of the two years' total (½ for 0 against 0); 0 for what is not a count. */
    private static double share(IndicatorChange change) {
        if (change.rankScore() == null) {
            return 0;
        }
        double total = change.current().value().doubleValue() + change.prior().value().doubleValue();
        return total == 0 ? 0.5 : change.current().value().doubleValue() / total;
    }
}
