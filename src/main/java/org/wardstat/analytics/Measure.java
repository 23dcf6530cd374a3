package org.wardstat.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator over one window. For a rate, {@code value} is the percentage
 * numerator/denominator × 100 of the window's sums, and is absent when the denominator is 0
 * (nothing happened, so there is nothing to divide).
 *
 * @param value          the figure; null when the window has no data or a rate is undefined
 * @param numerator      for a rate: the sum of the numerator flow; otherwise null
 * @param denominator    for a rate: the sum of the denominator flow; otherwise null
 * @param monthsReported months of the window that carried data
 */
public record Measure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, int monthsReported) {

    private static final int RATE_SCALE = 10;

    public static Measure notReported() {
        return new Measure(null, null, null, 0);
    }

    public static Measure of(BigDecimal value, int monthsReported) {
        return new Measure(value, null, null, monthsReported);
    }

    public static Measure rate(BigDecimal numerator, BigDecimal denominator, int monthsReported) {
        BigDecimal value = denominator.signum() == 0 ? null
                : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, RATE_SCALE, RoundingMode.HALF_UP);
        return new Measure(value, numerator, denominator, monthsReported);
    }

    public boolean reported() {
        return monthsReported > 0;
    }

    /** A rate whose denominator is 0: reported, but there is no percentage to give. */
    public boolean undefinedRate() {
        return reported() && denominator != null && denominator.signum() == 0;
    }
}
