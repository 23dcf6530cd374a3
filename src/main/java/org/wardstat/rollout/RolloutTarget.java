package org.wardstat.rollout;

import java.math.BigDecimal;

/**
 * A planned share of an area's wards recognised by the end of a year, as a band: "30–50% by
 * 2025" is lower 30, upper 50; "100% by 2030" is lower and upper 100.
 */
public record RolloutTarget(String areaCode, int year, BigDecimal lowerPercent, BigDecimal upperPercent, String note) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RolloutTarget {
        if (lowerPercent.compareTo(upperPercent) > 0 || lowerPercent.signum() < 0 || upperPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Target " + areaCode + " " + year + " is not a band within 0–100%");
        }
        note = note == null ? "" : note;
    }

    /** A target that every ward be recognised. */
    public boolean isFull() {
        return lowerPercent.compareTo(HUNDRED) >= 0;
    }
}
