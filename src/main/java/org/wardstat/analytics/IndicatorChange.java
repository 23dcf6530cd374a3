package org.wardstat.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.wardstat.catalog.Indicator;

/**
 * An indicator in the current window against the same window a year earlier.
 * For a rate the change is in percentage points and there is no percentage change.
 */
public record IndicatorChange(Indicator indicator, Measure current, Measure prior) {

    private static final int PERCENT_SCALE = 10;

    /** current − prior; null when either side has no value. */
    public BigDecimal change() {
        if (current.value() == null || prior.value() == null) {
            return null;
        }
        return current.value().subtract(prior.value());
    }

    /**
     * (current − prior) / prior × 100; null when it is undefined: a rate, a side without a
     * value, or a prior value of 0 (see {@link #fromZero()}).
     */
    public BigDecimal percentChange() {
        BigDecimal change = change();
        if (change == null || indicator.isRate() || prior.value().signum() == 0) {
            return null;
        }
        return change.multiply(BigDecimal.valueOf(100)).divide(prior.value(), PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The two-sided p-value of the exact test of the two counts ({@link Significance}); null
     * for rates, stocks and measured amounts (fire damage), and when either side has no value.
     */
    public Double pValue() {
        return tested() ? Significance.pValue(current.value().longValueExact(), prior.value().longValueExact()) : null;
    }

    /** The statistic of the same test wards are ranked by ({@link Significance#rankScore}); null where there is no test. */
    public Double rankScore() {
        return tested() ? Significance.rankScore(current.value().longValueExact(), prior.value().longValueExact()) : null;
    }

    /** NOISE, NOTABLE or SIGNIFICANT for a count; null where there is no test. */
    public Significance significance() {
        Double p = pValue();
        return p == null ? null : Significance.of(p);
    }

    /** Only counts of events (flows in whole numbers) on both sides are tested. */
    private boolean tested() {
        return indicator.kind() == Indicator.Kind.FLOW && indicator.isCount() && change() != null;
    }

    /** Last year's value was 0 and this year's is not: the change has no percentage. */
    public boolean fromZero() {
        return !indicator.isRate() && prior.value() != null && prior.value().signum() == 0
                && current.value() != null && current.value().signum() != 0;
    }
}
