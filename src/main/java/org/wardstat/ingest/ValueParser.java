package org.wardstat.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number as Vietnamese offices write it: "1.234" is one thousand two hundred and
 * thirty-four (a dot followed by groups of three digits separates thousands), "0,35" and
 * "0.35" are decimals.
 */
public final class ValueParser {

    /** The outcome of reading one cell. */
    public sealed interface Result {
    }

    public record Number(BigDecimal value) implements Result {
    }

    public enum Fault implements Result { NOT_A_NUMBER, NEGATIVE, NOT_AN_INTEGER, TOO_MANY_DECIMALS, TOO_LARGE }

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern VI_DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d+|\\d+,\\d+");
    private static final Pattern EN_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final int MAX_DECIMALS = 4;
    /** The values are stored as numeric(16, 4): twelve digits before the decimal point. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    private ValueParser() {
    }

    /** @param integerOnly true for counts, where a fraction is an error */
    public static Result parse(String cell, boolean integerOnly) {
        String text = cell.strip().replace(" ", "").replace("\u00a0", "");
        boolean negative = text.startsWith("-") || text.startsWith("\u2212");
        String digits = negative ? text.substring(1) : text;
        BigDecimal value;
        if (PLAIN.matcher(digits).matches()) {
            value = new BigDecimal(digits);
        } else if (THOUSANDS.matcher(digits).matches()) {
            value = new BigDecimal(digits.replace(".", ""));
        } else if (VI_DECIMAL.matcher(digits).matches()) {
            value = new BigDecimal(digits.replace(".", "").replace(',', '.'));
        } else if (EN_DECIMAL.matcher(digits).matches()) {
            value = new BigDecimal(digits);
        } else {
            return Fault.NOT_A_NUMBER;
        }
        if (negative && value.signum() != 0) {
            return Fault.NEGATIVE;
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (integerOnly && value.scale() > 0) {
            return Fault.NOT_AN_INTEGER;
        }
        if (value.scale() > MAX_DECIMALS) {
            return Fault.TOO_MANY_DECIMALS;
        }
        if (value.compareTo(LIMIT) >= 0) {
            return Fault.TOO_LARGE;
        }
        return new Number(value);
    }
}
