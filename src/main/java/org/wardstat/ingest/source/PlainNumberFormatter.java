package org.wardstat.ingest.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell into the text wardstat reads, whatever number format the sheet shows it
 * with. Numbers come out plain with a decimal comma ({@code 1234}, {@code 0,35}): a dot would
 * be taken for a thousands separator downstream, and Excel's grouping or rounding of the display
 * would change the value. Cells formatted as dates are reporting periods and come out as
 * {@code yyyy-MM}.
 */
final class PlainNumberFormatter extends DataFormatter {

    /**
     * Excel keeps 15 significant digits of what was typed: a stored 0.35000000000000003 (from
     * a formula like =0.1+0.25) is the 0.35 the user sees, not a value with 17 decimals.
     */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");

    private final boolean date1904;

    PlainNumberFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    /** The sheet handler always passes 1900 dating; the workbook's own setting wins. */
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, date1904).format(PERIOD);
        }
        return plain(value);
    }

    /** Whole numbers below this are exact in a double and need no rounding. */
    private static final double EXACT_WHOLE_LIMIT = 1e15;

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE_LIMIT) {
            return Long.toString((long) value); // counts, nearly every cell: no BigDecimal needed
        }
        BigDecimal number = new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros();
        if (number.scale() < 0) {
            number = number.setScale(0);
        }
        return number.toPlainString().replace('.', ',');
    }
}
