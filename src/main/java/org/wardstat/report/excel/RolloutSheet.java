package org.wardstat.report.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.wardstat.report.ReportContent.RolloutPart;
import org.wardstat.report.ReportContent.RolloutRow;
import org.wardstat.system.Messages;

/**
 * Recognised wards year by year: the share as a live formula (recognised / wards), the target
 * band in force and its status; a bar chart of the share with the band's bounds as lines.
 */
final class RolloutSheet {

    static final int HEADER_ROW = 3;
    static final int SHARE = 4;
    static final int BAND_LOW = 5;
    static final int BAND_HIGH = 6;
    private static final int LAST_COLUMN = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RolloutSheet() {
    }

    static void write(SheetWriter out, RolloutPart rollout, Messages messages) {
        out.widths(8, 11, 11, 13, 13, 12, 12, 12, 30);
        out.line(0, rollout.heading(), out.styles.title, LAST_COLUMN);
        out.line(1, rollout.sentence(), out.styles.paragraph, LAST_COLUMN);
        out.header(HEADER_ROW, List.of(messages.get("workbook.column.year"), messages.get("workbook.column.wards"),
                messages.get("workbook.column.selected"), messages.get("workbook.column.recognised"),
                messages.get("workbook.column.share"), messages.get("workbook.column.band-low"),
                messages.get("workbook.column.band-high"), messages.get("workbook.column.band-year"),
                messages.get("workbook.column.status")));
        List<RolloutRow> years = rollout.years();
        for (int i = 0; i < years.size(); i++) {
            RolloutRow year = years.get(i);
            int r = HEADER_ROW + 1 + i;
            out.number(r, 0, year.year(), out.styles.number("0"));
            out.number(r, 1, year.wards(), out.styles.number(WorkbookStyles.INTEGER));
            out.number(r, 2, year.selected(), out.styles.number(WorkbookStyles.INTEGER));
            out.number(r, 3, year.recognised(), out.styles.number(WorkbookStyles.INTEGER));
            out.formula(r, SHARE, "IF(B" + (r + 1) + "=0,\"\",D" + (r + 1) + "/B" + (r + 1) + ")",
                    out.styles.number(WorkbookStyles.PERCENT));
            out.number(r, BAND_LOW, fraction(year.bandLow()), out.styles.number(WorkbookStyles.PERCENT_WHOLE));
            out.number(r, BAND_HIGH, fraction(year.bandHigh()), out.styles.number(WorkbookStyles.PERCENT_WHOLE));
            out.number(r, 7, year.bandYear() == null ? null : BigDecimal.valueOf(year.bandYear()), out.styles.number("0"));
            out.text(r, 8, year.status(), out.styles.text);
        }
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + Math.max(1, years.size());
        out.table(HEADER_ROW, last, LAST_COLUMN);
        if (rollout.chart() != null && !years.isEmpty()) {
            chart(out, rollout, first, last);
        }
    }

    private static void chart(SheetWriter out, RolloutPart rollout, int first, int last) {
        Charts charts = new Charts(out.sheet, rollout.chart().title(), rollout.chart().percentLabel(), 0, last + 2,
                LAST_COLUMN + 1, last + 22);
        charts.values.setNumberFormat(WorkbookStyles.PERCENT_WHOLE);
        charts.values.setMinimum(0);
        charts.values.setMaximum(1);
        XDDFDataSource<Double> years = Charts.numbers(out.sheet, 0, first, last);
        XDDFBarChartData bars = (XDDFBarChartData) charts.chart.createData(ChartTypes.BAR, charts.categories, charts.values);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFBarChartData.Series share = (XDDFBarChartData.Series) bars.addSeries(years,
                Charts.numbers(out.sheet, SHARE, first, last));
        Charts.title(share, out.sheet, HEADER_ROW, SHARE);
        Charts.fill(share, Charts.CURRENT);
        charts.chart.plot(bars);
        if (rollout.years().stream().anyMatch(y -> y.bandLow() != null)) {
            // the band's bounds as lines over the same axes
            XDDFLineChartData band = (XDDFLineChartData) charts.chart.createData(ChartTypes.LINE, charts.categories,
                    charts.values);
            band.setVaryColors(false);
            bound(band, years, out, BAND_LOW, first, last);
            bound(band, years, out, BAND_HIGH, first, last);
            charts.chart.plot(band);
        }
    }

    private static void bound(XDDFLineChartData band, XDDFDataSource<Double> years, SheetWriter out, int column,
            int first, int last) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) band.addSeries(years,
                Charts.numbers(out.sheet, column, first, last));
        Charts.title(series, out.sheet, HEADER_ROW, column);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.DASH);
        Charts.line(series, Charts.BAND, 1.5);
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.divide(HUNDRED);
    }
}
