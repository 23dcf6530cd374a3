package org.wardstat.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as Vietnamese reports print them: "47.062 vụ", "83,40%", "27,92 tỷ đồng", and a true
 * minus sign in changes ("−22,6%"). English uses "47,062" and "83.40%".
 */
public final class NumberStyle {

    private static final char MINUS = '\u2212';

    private final DecimalFormatSymbols symbols;

    private NumberStyle(boolean vietnamese) {
        symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setMinusSign(MINUS);
    }

    public static NumberStyle vietnamese() {
        return new NumberStyle(true);
    }

    public static NumberStyle forLanguage(boolean vietnamese) {
        return new NumberStyle(vietnamese);
    }

    /** A quantity with exactly the catalog's decimals: "1.234", "27,92". */
    public String number(BigDecimal value, int decimals) {
        return format(value, decimals, decimals);
    }

    /** A percentage for a rate: "83,40%", but "100%" and "20%" when whole. */
    public String rate(BigDecimal percent) {
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return format(rounded, whole ? 0 : 2, whole ? 0 : 2) + "%";
    }

    /** A relative change: "−22,6%", "+10,7%", "−8%" (one decimal, ",0" dropped). */
    public String percentChange(BigDecimal percent) {
        BigDecimal rounded = percent.setScale(1, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return sign(rounded) + format(rounded.abs(), whole ? 0 : 1, 1) + "%";
    }

    /** An absolute change with its sign: "−7", "+3", "0". */
    public String signed(BigDecimal change, int decimals) {
        return sign(change) + number(change.abs(), decimals);
    }

    /** A change of a rate in percentage points: "+2,50 điểm %" is left to the caller; this gives "+2,5". */
    public String points(BigDecimal change) {
        BigDecimal rounded = change.setScale(2, RoundingMode.HALF_UP);
        return sign(rounded) + format(rounded.abs(), 0, 2);
    }

    /**
     * A p-value: "0,077", "1", "&lt; 0,001". Three decimals, four where three would round a p
     * just under 0,01 or 0,05 up to the threshold, so the number never contradicts its flag.
     */
    public String pValue(double p) {
        if (p >= 1) {
            return "1";
        }
        if (p < 0.001) {
            return "< " + format(new BigDecimal("0.001"), 3, 3);
        }
        BigDecimal exact = BigDecimal.valueOf(p);
        BigDecimal rounded = exact.setScale(3, RoundingMode.HALF_UP);
        boolean crossesThreshold = (rounded.compareTo(new BigDecimal("0.010")) == 0 || rounded.compareTo(new BigDecimal("0.050")) == 0)
                && exact.compareTo(rounded) < 0;
        int decimals = crossesThreshold ? 4 : 3;
        return format(exact.setScale(decimals, crossesThreshold ? RoundingMode.DOWN : RoundingMode.HALF_UP), decimals, decimals);
    }

    private static String sign(BigDecimal value) {
        return switch (value.signum()) {
            case 1 -> "+";
            case -1 -> String.valueOf(MINUS);
            default -> "";
        };
    }

    private String format(BigDecimal value, int minDecimals, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
