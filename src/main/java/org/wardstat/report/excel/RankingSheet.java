package org.wardstat.report.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportContent.RankRow;
import org.wardstat.report.ReportContent.Ranking;
import org.wardstat.system.Messages;

/**
 * The wards ranked by the change of one indicator, with the change, the p-value and its meaning
 * as live formulas like the indicator table, and the change by ward as a bar chart over the
 * change column: a rise for the worse in the warning colour, a fall for the better in the good
 * colour. A ward that cannot be compared has its figures and no change (no bar).
 */
final class RankingSheet {

    static final int HEADER_ROW = 3;
    static final int CURRENT = 3;
    static final int PRIOR = 4;
    static final int CHANGE = 5;
    static final int P = 7;
    private static final int LAST_COLUMN = 8;

    private RankingSheet() {
    }

    static void write(SheetWriter out, Ranking ranking, ReportContent.Security security, Messages messages) {
        out.widths(8, 14, 28, 16, 16, 14, 30, 10, 22);
        out.line(0, ranking.heading(), out.styles.title, LAST_COLUMN);
        out.line(1, ranking.indicatorName() + " (" + ranking.unit() + ")", out.styles.bold, LAST_COLUMN);
        out.header(HEADER_ROW, List.of(messages.get("workbook.column.rank"), messages.get("workbook.column.ward-code"),
                messages.get("workbook.column.ward"), security.currentLabel(), security.priorLabel(),
                messages.get("workbook.column.change"), messages.get("workbook.column.percent"),
                messages.get("workbook.column.p"), messages.get("workbook.column.significance")));
        List<RankRow> rows = ranking.rows();
        int decimals = rows.stream().allMatch(r -> whole(r.current()) && whole(r.prior())) ? 0 : 2;
        String zeroBase = SheetWriter.literal(messages.get("workbook.indicators.zero-base"));
        for (int i = 0; i < rows.size(); i++) {
            RankRow row = rows.get(i);
            int r = HEADER_ROW + 1 + i;
            out.text(r, 0, row.rank(), out.styles.text);
            out.text(r, 1, row.wardCode(), out.styles.text);
            out.text(r, 2, row.ward(), out.styles.text);
            out.number(r, CURRENT, row.current(), out.styles.decimals(decimals));
            out.number(r, PRIOR, row.prior(), out.styles.decimals(decimals));
            String current = IndicatorSheet.ref(CURRENT, r);
            String prior = IndicatorSheet.ref(PRIOR, r);
            String missing = "IF(OR(ISBLANK(" + current + "),ISBLANK(" + prior + ")),\"\",";
            if (row.ranked()) {
                out.formula(r, CHANGE, missing + current + "-" + prior + ")", out.styles.change(decimals));
                out.formula(r, CHANGE + 1, missing + "IF(" + prior + "=0," + zeroBase + ",(" + current + "-" + prior + ")/"
                        + prior + "))", out.styles.number(WorkbookStyles.PERCENT_CHANGE));
            } else {
                // figures over different months or wards: no change, so no bar either
                out.text(r, CHANGE, "", out.styles.text);
                out.text(r, CHANGE + 1, "", out.styles.text);
            }
            if (row.tested()) {
                out.formula(r, P, IndicatorSheet.pValue(current, prior), out.styles.number(WorkbookStyles.P_VALUE));
                out.formula(r, P + 1, IndicatorSheet.meaning(IndicatorSheet.ref(P, r), messages), out.styles.text);
            } else {
                out.text(r, P, "", out.styles.text);
                out.text(r, P + 1, row.significance(), out.styles.text);
            }
        }
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + Math.max(1, rows.size());
        Highlights.changes(out.sheet, new CellRangeAddress(first, last, CHANGE, CHANGE + 1), "$F" + (first + 1), ranking.better());
        out.table(HEADER_ROW, last, LAST_COLUMN);
        if (ranking.chart() != null && !rows.isEmpty()) {
            chart(out, ranking, first, last);
        }
    }

    /** Bars of the change column by ward name; each bar coloured by whether its change is for the better. */
    private static void chart(SheetWriter out, Ranking ranking, int first, int last) {
        ReportContent.ChangeChart model = ranking.chart();
        int height = Math.max(18, 2 * ranking.rows().size() + 8);
        Charts charts = new Charts(out.sheet, model.title(), model.axisLabel(), 0, last + 2, LAST_COLUMN + 1, last + 2 + height);
        XDDFBarChartData data = (XDDFBarChartData) charts.chart.createData(ChartTypes.BAR, charts.categories, charts.values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(out.sheet, new CellRangeAddress(first, last, 2, 2)),
                Charts.numbers(out.sheet, CHANGE, first, last));
        Charts.title(series, out.sheet, HEADER_ROW, CHANGE);
        series.setInvertIfNegative(false);
        Charts.fill(series, Charts.CURRENT);
        for (int i = 0; i < ranking.rows().size(); i++) {
            RankRow row = ranking.rows().get(i);
            if (row.ranked() && row.current() != null && row.prior() != null) {
                boolean rise = row.current().compareTo(row.prior()) > 0;
                boolean bad = rise == model.increaseIsBad();
                series.getDataPoint(i).setFillProperties(Charts.solid(bad ? Charts.RISE_BAD : Charts.FALL_GOOD));
                series.getDataPoint(i).setInvertIfNegative(false);
            }
        }
        charts.chart.plot(data);
    }

    private static boolean whole(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0;
    }
}
