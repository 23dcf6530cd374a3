package org.wardstat.catalog;

/**
 * One statistic a ward reports, or a rate derived from two of them.
 *
 * @param decimals    0 for counts: a fractional value is an error, not a rounding question
 * @param numerator   for a rate: the flow divided (e.g. cases cleared)
 * @param denominator for a rate: the flow divided by (e.g. cases occurred)
 */
public record Indicator(
        String code, int position, String nameVi, String nameEn, String unitVi, String unitEn,
        Kind kind, Better better, int decimals, String numerator, String denominator) {

    /** Flows add up over a period, stocks are read at its end, rates are ratios of two flows' sums. */
    public enum Kind { FLOW, STOCK, RATE }

    public enum Better { LOWER, HIGHER, NEUTRAL }

    public boolean isRate() {
        return kind == Kind.RATE;
    }

    public boolean isCount() {
        return decimals == 0 && !isRate();
    }

    public String name(boolean vietnamese) {
        return vietnamese ? nameVi : nameEn;
    }

    public String unit(boolean vietnamese) {
        return vietnamese ? unitVi : unitEn;
    }
}
