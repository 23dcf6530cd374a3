package org.wardstat.report.pdf;

import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wardstat.report.ReportContent;

/**
 * This year against last year, month by month, as grouped bars that stay distinct in black and
 * white print: last year light grey, this year near black.
 */
final class MonthlySeriesChart {

    private MonthlySeriesChart() {
    }

    static JFreeChart of(ReportContent.MonthlySeries series) {
        return draw(series.title(), series.valueAxis(), series.currentLabel(), series.priorLabel(), series.months(),
                series.current(), series.prior());
    }

    private static JFreeChart draw(String title, String valueAxis, String currentLabel, String priorLabel,
                                   List<String> months, List<BigDecimal> current, List<BigDecimal> prior) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < months.size(); i++) {
            // a null month stays null: a month without data is a gap, not a zero
            data.addValue(prior.get(i), priorLabel, months.get(i));
            data.addValue(current.get(i), currentLabel, months.get(i));
        }
        CategoryAxis monthAxis = ChartStyle.categoryAxis();
        monthAxis.setCategoryMargin(0.25);
        NumberAxis values = new NumberAxis(valueAxis);
        values.setLabelFont(ChartStyle.text());
        values.setTickLabelFont(ChartStyle.text());
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAutoRangeIncludesZero(true); // setLowerBound would switch auto-range off

        BarRenderer bars = ChartStyle.flat(new BarRenderer());
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, ChartStyle.LIGHT);
        bars.setSeriesPaint(1, ChartStyle.DARK);

        CategoryPlot plot = new CategoryPlot(data, monthAxis, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.plain(plot);
        return ChartStyle.chart(title, plot, true);
    }
}
