package org.wardstat.rollout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The year in which every ward would be recognised if the pace so far went on. The pace is the
 * wards recognised (and still counted) at the end of {@code asOf} divided by the years since the
 * earliest of their recognitions, both years included.
 *
 * @param year       the projected year; null unless {@code kind} is PROJECTED
 * @param sinceYear  the year of the earliest recognition counted; null when none is
 */
public record Projection(Kind kind, Integer year, int recognised, Integer sinceYear, int asOf) {

    public enum Kind {
        /** every ward is recognised */
        REACHED,
        /** at the pace so far, every ward is recognised in {@code year} */
        PROJECTED,
        /** no ward is recognised yet, so there is no pace to go by */
        NO_PACE
    }

    /** The years the pace is measured over. */
    public int years() {
        return sinceYear == null ? 0 : asOf - sinceYear + 1;
    }

    /** Wards recognised per year on average, to two decimals. */
    public BigDecimal perYear() {
        return years() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(recognised).divide(BigDecimal.valueOf(years()), 2, RoundingMode.HALF_UP);
    }
}
