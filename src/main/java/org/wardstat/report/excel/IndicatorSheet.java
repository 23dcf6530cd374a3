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
 * The indicator table: this period against the same period a year earlier, with the change and
 * the percentage change as live formulas. A missing value is an empty cell and its formulas
 * give an empty text; a zero base gives words instead of a division error. A rate is stored as
 * a fraction (shown as 83,40%) and its change is in percentage points, without a percentage.
 */
final class IndicatorSheet {

    static final int HEADER_ROW = 3;
    static final int CURRENT = 2;
    static final int PRIOR = 3;
    static final int CHANGE = 4;
    static final int PERCENT = 5;
    private static final int LAST_COLUMN = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorSheet() {
    }

    static void write(SheetWriter out, ReportContent content, Messages messages) {
        ReportContent.Security security = content.security();
        out.widths(40, 10, 13, 13, 14, 28, 14, 24, 12);
        out.line(0, security.heading(), out.styles.title, LAST_COLUMN);
        out.line(1, content.unitName() + " \u2013 " + content.letterhead().periodLabel(), out.styles.bold, LAST_COLUMN);
        out.line(2, messages.get("workbook.indicators.legend"), out.styles.paragraph, LAST_COLUMN);
        out.header(HEADER_ROW, List.of(messages.get("workbook.column.indicator"), messages.get("workbook.column.unit"),
                security.currentLabel(), security.priorLabel(), messages.get("workbook.column.change"),
                messages.get("workbook.column.percent"), messages.get("workbook.column.significance"),
                messages.get("workbook.column.note"), messages.get("workbook.column.code")));
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
        if (rate) {
            String format = "+0.00\" " + points + "\";-0.00\" " + points + "\";0\" " + points + "\"";
            out.formula(r, CHANGE, missing + "(" + current + "-" + prior + ")*100)", styles.number(format));
            out.text(r, PERCENT, "", styles.text);
        } else {
            out.formula(r, CHANGE, missing + current + "-" + prior + ")", styles.change(row.decimals()));
            out.formula(r, PERCENT, missing + "IF(" + prior + "=0," + zeroBase + ",(" + current + "-" + prior + ")/" + prior + "))",
                    styles.number(WorkbookStyles.PERCENT_CHANGE));
        }
        out.text(r, 6, row.significance(), styles.text);
        out.text(r, 7, row.comparable() ? "" : messages.get("workbook.indicators.not-comparable"), styles.text);
        out.text(r, 8, row.code(), styles.text);
        // Excel does not grow a row for text it did not lay out itself
        int lines = Math.max(SheetWriter.lines(row.name(), 40), Math.max(SheetWriter.lines(row.significance(), 14),
                row.comparable() ? 1 : SheetWriter.lines(messages.get("workbook.indicators.not-comparable"), 24)));
        out.row(r).setHeightInPoints(lines * 15f);
    }

    /** 83.40 (percent) as 0.834, which Excel shows as 83,40% in the 0.00% format. */
    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.divide(HUNDRED);
    }

    static String ref(int column, int row) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }
}
