package org.wardstat.rollout;

import java.math.BigDecimal;

/**
 * An area at the end of one year: its wards then (the denominator), how many of them had been
 * selected and recognised by then, the share recognised, the target band in force and where the
 * share stands against it, and when every ward would be recognised at the pace so far.
 *
 * @param percent null when the area had no ward that year
 * @param band    null when neither the area nor an area above it has a target
 */
public record YearProgress(int year, int wards, int selected, int recognised, BigDecimal percent,
                           RolloutTarget band, Status status, Projection projection) {

    public enum Status { NO_WARDS, NO_TARGET, BELOW, WITHIN, ABOVE, ALL_RECOGNISED }

    public int remaining() {
        return wards - recognised;
    }
}
