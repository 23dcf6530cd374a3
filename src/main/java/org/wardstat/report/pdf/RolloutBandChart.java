package org.wardstat.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.wardstat.report.ReportContent;

/**
 * The recognised share of wards year by year (dark bars labelled with the report's own "45%")
 * against the target band in force that year, drawn behind as a wider pale box from the band's
 * low to its high end with a dashed outline; the legend names both. A year without a band has no
 * box, a year without wards no bar. The percent axis always runs from 0 to 100 %.
 */
final class RolloutBandChart {

    static final int PERCENT_DATASET = 0;
    static final int BAND_DATASET = 1;
    private static final double CATEGORY_MARGIN = 0.3;

    private RolloutBandChart() {
    }

    static JFreeChart of(ReportContent.RolloutChart chart) {
        List<ReportContent.RolloutRow> years = chart.years();
        DefaultCategoryDataset percents = new DefaultCategoryDataset();
        Number[][] low = new Number[1][years.size()];
        Number[][] high = new Number[1][years.size()];
        Comparable<?>[] yearKeys = new Comparable<?>[years.size()];
        for (int i = 0; i < years.size(); i++) {
            ReportContent.RolloutRow year = years.get(i);
            yearKeys[i] = String.valueOf(year.year());
            percents.addValue(year.percent(), chart.percentLabel(), yearKeys[i]);
            low[0][i] = year.bandLow();
            high[0][i] = year.bandLow() == null ? null : year.bandHigh();
        }
        DefaultIntervalCategoryDataset band = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {chart.bandLabel()}, yearKeys, low, high);

        CategoryAxis yearAxis = ChartStyle.categoryAxis();
        yearAxis.setCategoryMargin(CATEGORY_MARGIN);
        CategoryPlot plot = new CategoryPlot(percents, yearAxis, percentAxis(), percentBars(years));
        plot.setDataset(BAND_DATASET, band);
        plot.setRenderer(BAND_DATASET, bandBoxes());
        // the default (reverse) rendering order draws the band (dataset 1) first, the bars over it
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.plain(plot);
        return ChartStyle.chart(chart.title(), plot, true);
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFont(ChartStyle.text());
        axis.setRange(0, 100);
        axis.setTickUnit(new NumberTickUnit(20));
        DecimalFormat percent = new DecimalFormat("0");
        percent.setPositiveSuffix("%");
        axis.setNumberFormatOverride(percent);
        return axis;
    }

    private static BarRenderer percentBars(List<ReportContent.RolloutRow> years) {
        BarRenderer bars = ChartStyle.flat(new PercentBars(years.stream().map(ReportContent.RolloutRow::percent).toList()));
        bars.setSeriesPaint(0, ChartStyle.DARK);
        // 60 % of the width of the band box behind it
        bars.setMaximumBarWidth((1 - CATEGORY_MARGIN) / Math.max(1, years.size()) * 0.6);
        bars.setDefaultItemLabelGenerator(new FixedLabels(years.stream().map(ReportContent.RolloutRow::percentText).toList()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setItemLabelAnchorOffset(2);
        return bars;
    }

    /**
     * Labels above the bars, except on a bar reaching near 100 %: there the label goes inside the
     * bar's top in white, since the plot stops at 100 % and would cut a label above it off; turned
     * upright when the bar is too narrow for it (many years).
     */
    static final class PercentBars extends BarRenderer {
        static final double INSIDE_FROM = 85;
        private static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        private static final ItemLabelPosition INSIDE = new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER);
        private final boolean[] tall;

        PercentBars(List<BigDecimal> percents) {
            setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.CENTER_RIGHT,
                    TextAnchor.CENTER_RIGHT, -Math.PI / 2));
            tall = new boolean[percents.size()];
            for (int i = 0; i < tall.length; i++) {
                tall[i] = percents.get(i) != null && percents.get(i).doubleValue() >= INSIDE_FROM;
            }
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return tall[column] ? INSIDE : ABOVE;
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            return tall[column] ? Color.WHITE : Color.BLACK;
        }
    }

    private static IntervalBarRenderer bandBoxes() {
        IntervalBarRenderer boxes = ChartStyle.flat(new IntervalBarRenderer());
        boxes.setSeriesPaint(0, new Color(0xCFE3D0)); // pale green on screen, pale grey in print
        boxes.setSeriesOutlinePaint(0, ChartStyle.MEDIUM);
        boxes.setSeriesOutlineStroke(0, new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {3, 2}, 0));
        boxes.setDefaultItemLabelsVisible(false);
        return boxes;
    }
}
