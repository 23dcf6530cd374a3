package org.wardstat.report.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.wardstat.catalog.Indicator;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportContent.IndicatorRow;
import org.wardstat.system.Messages;

/**
 * The indicator table: this period against the same period a year earlier, with the change, the
 * percentage change, the exact test's p-value and its meaning as live formulas. A missing value
 * is an empty cell and its formulas give an empty text; a zero base gives words instead of a
 * division error. A rate is stored as a fraction (shown as 83,40%) and its change is in
 * percentage points, without a percentage or a test. A row that cannot be compared has its two
 * sides' figures and no change at all, and says why.
 */
final class IndicatorSheet {

    static final int HEADER_ROW = 3;
    static final int CURRENT = 2;
    static final int PRIOR = 3;
    static final int CHANGE = 4;
    static final int PERCENT = 5;
    static final int P = 6;
    static final int SIGNIFICANCE = 7;
    private static final int LAST_COLUMN = 9;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorSheet() {
    }

    static void write(SheetWriter out, ReportContent content, Messages messages) {
        ReportContent.Security security = content.security();
        out.widths(40, 10, 13, 13, 14, 28, 10, 22, 24, 12);
        out.line(0, security.heading(), out.styles.title, LAST_COLUMN);
        out.line(1, content.unitName() + " \u2013 " + content.letterhead().periodLabel(), out.styles.bold, LAST_COLUMN);
        out.line(2, messages.get("workbook.indicators.legend"), out.styles.paragraph, LAST_COLUMN);
        out.header(HEADER_ROW, List.of(messages.get("workbook.column.indicator"), messages.get("workbook.column.unit"),
                security.currentLabel(), security.priorLabel(), messages.get("workbook.column.change"),
                messages.get("workbook.column.percent"), messages.get("workbook.column.p"),
                messages.get("workbook.column.significance"), messages.get("workbook.column.note"),
                messages.get("workbook.column.code")));
        List<IndicatorRow> rows = security.rows();
        String zeroBase = SheetWriter.literal(messages.get("workbook.indicators.zero-base"));
        String points = messages.get("workbook.indicators.points");
        int runStart = HEADER_ROW + 1;
        for (int i = 0; i < rows.size(); i++) {
            int r = HEADER_ROW + 1 + i;
            row(out, r, rows.get(i), zeroBase, points, messages);
            boolean runEnds = i == rows.size() - 1 || rows.get(i + 1).better() != rows.get(i).better();
            if (runEnds) {
                // one rule set per run of rows that agree on which way is better
                Highlights.changes(out.sheet, new CellRangeAddress(runStart, r, CHANGE, PERCENT),
                        "$" + CellReference.convertNumToColString(CHANGE) + (runStart + 1), rows.get(i).better());
                runStart = r + 1;
            }
        }
        out.table(HEADER_ROW, HEADER_ROW + rows.size(), LAST_COLUMN);
    }

    private static void row(SheetWriter out, int r, IndicatorRow row, String zeroBase, String points, Messages messages) {
        WorkbookStyles styles = out.styles;
        boolean rate = row.kind() == Indicator.Kind.RATE;
        out.text(r, 0, row.name(), styles.text);
        out.text(r, 1, row.unit(), styles.text);
        if (rate) {
            out.number(r, CURRENT, fraction(row.current()), styles.number(WorkbookStyles.PERCENT));
            out.number(r, PRIOR, fraction(row.prior()), styles.number(WorkbookStyles.PERCENT));
        } else {
            out.number(r, CURRENT, row.current(), styles.decimals(row.decimals()));
            out.number(r, PRIOR, row.prior(), styles.decimals(row.decimals()));
        }
        String current = ref(CURRENT, r);
        String prior = ref(PRIOR, r);
        String missing = "IF(OR(ISBLANK(" + current + "),ISBLANK(" + prior + ")),\"\",";
        if (!row.comparable()) {
            // the two sides' figures only: no change, percentage or test over different wards or months
            out.text(r, CHANGE, "", styles.text);
            out.text(r, PERCENT, "", styles.text);
            out.text(r, P, "", styles.text);
        } else if (rate) {
            String format = "+0.00\" " + points + "\";-0.00\" " + points + "\";0\" " + points + "\"";
            out.formula(r, CHANGE, missing + "(" + current + "-" + prior + ")*100)", styles.number(format));
            out.text(r, PERCENT, "", styles.text);
            out.text(r, P, "", styles.text);
        } else {
            out.formula(r, CHANGE, missing + current + "-" + prior + ")", styles.change(row.decimals()));
            out.formula(r, PERCENT, missing + "IF(" + prior + "=0," + zeroBase + ",(" + current + "-" + prior + ")/" + prior + "))",
                    styles.number(WorkbookStyles.PERCENT_CHANGE));
            if (row.tested()) {
                out.formula(r, P, pValue(current, prior), styles.number(WorkbookStyles.P_VALUE));
            } else {
                out.text(r, P, "", styles.text);
            }
        }
        if (row.tested()) {
            out.formula(r, SIGNIFICANCE, meaning(ref(P, r), messages), styles.text);
        } else {
            out.text(r, SIGNIFICANCE, row.significance(), styles.text);
        }
        String note = row.comparable() ? row.note() : messages.get("workbook.indicators.not-comparable");
        out.text(r, 8, note, styles.text);
        out.text(r, 9, row.code(), styles.text);
        // Excel does not grow a row for text it did not lay out itself
        int lines = Math.max(SheetWriter.lines(row.name(), 40), Math.max(SheetWriter.lines(row.significance(), 22),
                SheetWriter.lines(note, 24)));
        out.row(r).setHeightInPoints(lines * 15f);
    }

    /**
     * The two-sided p-value of the exact test of two counts, as the domain defines it:
     * min(1, 2·P(X ≤ min)) for X ~ Binomial(current + prior, ½); 1 when both are 0.
     */
    static String pValue(String current, String prior) {
        return "IF(OR(ISBLANK(" + current + "),ISBLANK(" + prior + ")),\"\",IF(" + current + "+" + prior + "=0,1,MIN(1,2*"
                + BinomDist.NAME + "(MIN(" + current + "," + prior + ")," + current + "+" + prior + ",0.5,TRUE))))";
    }

    /** The flag in words from the p-value cell, as the report words it. */
    static String meaning(String p, Messages messages) {
        return "IF(" + p + "=\"\",\"\",IF(" + p + "<0.01," + SheetWriter.literal(messages.get("significance.significant"))
                + ",IF(" + p + "<0.05," + SheetWriter.literal(messages.get("significance.notable")) + ","
                + SheetWriter.literal(messages.get("significance.noise")) + ")))";
    }

    /** 83.40 (percent) as 0.834, which Excel shows as 83,40% in the 0.00% format. */
    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.divide(HUNDRED);
    }

    static String ref(int column, int row) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }
}
