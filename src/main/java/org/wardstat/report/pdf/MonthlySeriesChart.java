package org.wardstat.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wardstat.report.WardBriefing;

/**
 * This year against last year, month by month, as grouped bars that stay distinct in black and
 * white print: last year light grey, this year near black.
 */
final class MonthlySeriesChart {

    private MonthlySeriesChart() {
    }

    static JFreeChart of(WardBriefing.MonthlySeries series) {
        ChartFonts.register();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < series.months().size(); i++) {
            // a null month stays null: a month without data is a gap, not a zero
            data.addValue(series.prior().get(i), series.priorLabel(), series.months().get(i));
            data.addValue(series.current().get(i), series.currentLabel(), series.months().get(i));
        }
        Font text = new Font(ChartFonts.FAMILY, Font.PLAIN, 9);
        CategoryAxis months = new CategoryAxis();
        months.setTickLabelFont(text);
        months.setCategoryMargin(0.25);
        NumberAxis values = new NumberAxis(series.valueAxis());
        values.setLabelFont(text);
        values.setTickLabelFont(text);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAutoRangeIncludesZero(true); // setLowerBound would switch auto-range off

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, new Color(0xBDBDBD));
        bars.setSeriesPaint(1, new Color(0x262626));
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.BLACK);
        bars.setDefaultOutlineStroke(new BasicStroke(0.4f));

        CategoryPlot plot = new CategoryPlot(data, months, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x9E9E9E));
        plot.setRangeGridlineStroke(new BasicStroke(0.3f));
        plot.setOutlineVisible(false);

        JFreeChart chart = new JFreeChart(null, text, plot, true);
        chart.setTitle(new TextTitle(series.title(), new Font(ChartFonts.FAMILY, Font.BOLD, 10)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(text);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }
}
