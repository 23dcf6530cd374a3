package org.wardstat.report.excel;

import java.util.List;

import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.ss.util.CellRangeAddress;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * The chart indicator month by month, this year against last year: a small table and a line
 * chart drawn from it. A month without data is an empty cell and a gap in the line.
 */
final class MonthlyChartSheet {

    static final int HEADER_ROW = 2;

    private MonthlyChartSheet() {
    }

    static void write(SheetWriter out, ReportContent.MonthlySeries series, Messages messages) {
        out.widths(12, 16, 16);
        out.line(0, series.title(), out.styles.title, 14); // over the table and the chart
        out.text(1, 0, series.valueAxis(), out.styles.paragraph);
        out.header(HEADER_ROW, List.of(messages.get("workbook.column.month"), series.currentLabel(), series.priorLabel()));
        List<String> months = series.months();
        for (int i = 0; i < months.size(); i++) {
            int r = HEADER_ROW + 1 + i;
            out.text(r, 0, months.get(i), out.styles.text);
            out.number(r, 1, series.current().get(i), out.styles.measured(series.current().get(i)));
            out.number(r, 2, series.prior().get(i), out.styles.measured(series.prior().get(i)));
        }
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + Math.max(1, months.size());
        out.table(HEADER_ROW, last, 2);

        Charts charts = new Charts(out.sheet, series.title(), series.valueAxis(), 4, HEADER_ROW, 14, HEADER_ROW + 22);
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromStringCellRange(out.sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFLineChartData data = (XDDFLineChartData) charts.chart.createData(ChartTypes.LINE, charts.categories, charts.values);
        data.setVaryColors(false);
        line(data, x, out, 1, first, last, Charts.CURRENT);
        line(data, x, out, 2, first, last, Charts.PRIOR);
        charts.chart.plot(data);
    }

    private static void line(XDDFLineChartData data, XDDFDataSource<String> x, SheetWriter out, int column, int first,
            int last, byte[] colour) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x,
                Charts.numbers(out.sheet, column, first, last));
        Charts.title(series, out.sheet, HEADER_ROW, column);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        Charts.line(series, colour, 2.25);
    }
}
