package org.wardstat.report.pdf;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wardstat.report.ReportContent;

/**
 * Criteria (or wards) met per criteria group as horizontal bars: the group's total as a wide light
 * bar, what is met as a narrower dark bar over it, and "3/4" at the end. In grey print the dark
 * bar against the light one reads the same as in colour. Group names wrap onto a second line
 * rather than end in "…"; a catalog of more groups than the chart's height can name shows their
 * numbers, and the criteria table under the chart names each group by its number.
 */
final class GroupAttainmentChart {

    static final int TOTAL = 0;
    static final int MET = 1;
    /** The chart's size in the templates (the group chart of ward-briefing.jrxml and area-report.jrxml), in points. */
    static final float WIDTH = 453;
    static final float HEIGHT = 210;
    static final float LABEL_WIDTH_RATIO = 0.55f;

    private GroupAttainmentChart() {
    }

    static JFreeChart of(ReportContent.GroupChart chart) {
        JFreeChart named = build(chart, false);
        int lines = AxisLabels.linesPerCategory(named, WIDTH, HEIGHT, chart.groups().size(), ChartStyle.text());
        List<String> names = chart.groups().stream().map(GroupAttainmentChart::category).toList();
        if (lines > 0 && AxisLabels.linesNeeded(names, ChartStyle.text(), (WIDTH - 8) * LABEL_WIDTH_RATIO) <= lines) {
            named.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(lines);
            return named;
        }
        return build(chart, true);
    }

    private static JFreeChart build(ReportContent.GroupChart chart, boolean numbered) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportContent.GroupRow group : chart.groups()) {
            String key = numbered ? String.valueOf(group.number()) : category(group);
            data.addValue(group.total(), chart.totalLabel(), key);
            data.addValue(group.met(), chart.metLabel(), key);
        }
        CategoryAxis groups = ChartStyle.categoryAxis();
        groups.setCategoryMargin(0.3);
        groups.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        NumberAxis counts = ChartStyle.valueAxis(null, true);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setAutoRangeIncludesZero(true);
        counts.setUpperMargin(0.12); // room for "3/4" after the longest bar

        CategoryPlot plot = new CategoryPlot(data, groups, counts, renderer(chart));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ChartStyle.plain(plot);
        return ChartStyle.chart(chart.title(), plot, true);
    }

    /** "1. An ninh, trật tự": the number keeps two groups of the same name apart. */
    static String category(ReportContent.GroupRow group) {
        return group.number() + ". " + group.name();
    }

    private static LayeredBarRenderer renderer(ReportContent.GroupChart chart) {
        LayeredBarRenderer bars = ChartStyle.flat(new LayeredBarRenderer());
        bars.setSeriesPaint(TOTAL, ChartStyle.PALE);
        bars.setSeriesPaint(MET, ChartStyle.DARK);
        // the renderer itself narrows the series behind by 40 %: total 0.6, met 0.3 of the bar width
        bars.setSeriesBarWidth(TOTAL, 1.0);
        bars.setSeriesBarWidth(MET, 0.3);
        bars.setMaximumBarWidth(0.2);
        bars.setItemMargin(0);
        bars.setSeriesItemLabelGenerator(TOTAL, new FixedLabels(chart.groups().stream()
                .map(group -> group.met() + "/" + group.total()).toList()));
        bars.setSeriesItemLabelsVisible(TOTAL, true);
        bars.setSeriesItemLabelFont(TOTAL, ChartStyle.bold());
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(3);
        return bars;
    }
}
