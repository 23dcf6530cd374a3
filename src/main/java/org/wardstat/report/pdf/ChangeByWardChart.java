package org.wardstat.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wardstat.system.NumberStyle;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * The change of one indicator by ward as horizontal bars diverging from zero, wards in the given
 * order. A change for the worse (a rise of crimes, a fall of a good rate) is dark red, which
 * prints as dark grey; a change for the better is light grey. Every bar carries its signed value
 * ("+3", "−2"); a ward that cannot be compared gets no bar, only the words saying so.
 */
final class ChangeByWardChart {

    /** The chart's size in the area template (area-report.jrxml), in points. */
    static final float WIDTH = 453;
    static final float HEIGHT = 240;
    /** The names take up to this share of the width; the bars the rest. */
    static final float LABEL_WIDTH_RATIO = 0.45f;

    /** A ward on the category axis, by its name or its row number: its position keeps two wards of the same name apart. */
    record Ward(int position, String name) implements Comparable<Ward> {
        @Override
        public int compareTo(Ward other) {
            return Integer.compare(position, other.position);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Bars light grey, those marked worse in the warning colour. */
    static final class WarningBars extends BarRenderer {
        private final boolean[] worse;

        WarningBars(boolean[] worse) {
            this.worse = worse.clone();
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return worse[column] ? ChartStyle.WARNING : ChartStyle.LIGHT;
        }
    }

    private ChangeByWardChart() {
    }

    static JFreeChart of(ReportContent.ChangeChart chart) {
        return of(chart, Messages.vietnamese());
    }

    /**
     * Ward names wrap rather than end in "…". When they cannot all fit the room the template gives
     * each ward, the wards are numbered by their row in the ranking table above the chart, which
     * names them, and the axis says so.
     */
    static JFreeChart of(ReportContent.ChangeChart chart, Messages messages) {
        JFreeChart named = build(chart, messages, 0);
        int lines = AxisLabels.linesPerCategory(named, WIDTH, HEIGHT, chart.wards().size(), ChartStyle.text());
        if (lines > 0 && AxisLabels.linesNeeded(chart.wards(), ChartStyle.text(), (WIDTH - 8) * LABEL_WIDTH_RATIO) <= lines) {
            named.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(lines);
            return named;
        }
        // numbered; with more wards than numbers fit, every second (third, …) one, in a smaller font
        double room = AxisLabels.roomPerCategory(build(chart, messages, 1), WIDTH, HEIGHT, chart.wards().size());
        return build(chart, messages, (int) Math.max(1, Math.ceil(AxisLabels.lineHeight(NUMBERS) / room)));
    }

    /** The smaller font of row numbers. */
    private static final java.awt.Font NUMBERS = ChartStyle.text().deriveFont(7f);

    /** @param numberEvery 0 to name the wards; otherwise label every n-th ward with its row number */
    private static JFreeChart build(ReportContent.ChangeChart chart, Messages messages, int numberEvery) {
        boolean numbered = numberEvery > 0;
        NumberStyle numbers = NumberStyle.forLanguage(messages.isVietnamese());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = chart.axisLabel();
        List<Ward> wardKeys = new ArrayList<>();
        for (int i = 0; i < chart.wards().size(); i++) {
            String label = !numbered ? chart.wards().get(i) : i % numberEvery == 0 ? String.valueOf(i + 1) : "";
            wardKeys.add(new Ward(i, label));
            data.addValue(chart.changes().get(i), series, wardKeys.get(i));
        }
        CategoryAxis wards = ChartStyle.categoryAxis();
        wards.setCategoryMargin(0.3);
        wards.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        if (numbered) {
            wards.setLabel(messages.get("chart.wards-by-row"));
            wards.setTickLabelFont(NUMBERS);
        }
        NumberAxis values = ChartStyle.valueAxis(chart.axisLabel(), messages.isVietnamese());
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.2); // room for the value labels beside the bars' ends
        values.setLowerMargin(0.2);

        CategoryPlot plot = new CategoryPlot(data, wards, values, renderer(chart, numbers));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ChartStyle.plain(plot);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(0.8f)));
        annotateMissing(plot, chart, wardKeys, messages.get("chart.not-comparable"));
        return ChartStyle.chart(chart.title(), plot, false);
    }

    /** True when the change is for the worse: up for an indicator where a rise is bad, down otherwise. */
    static boolean worsens(BigDecimal change, boolean increaseIsBad) {
        return change != null && change.signum() != 0 && (change.signum() > 0) == increaseIsBad;
    }

    private static BarRenderer renderer(ReportContent.ChangeChart chart, NumberStyle numbers) {
        boolean[] worse = new boolean[chart.changes().size()];
        for (int i = 0; i < worse.length; i++) {
            worse[i] = worsens(chart.changes().get(i), chart.increaseIsBad());
        }
        BarRenderer bars = ChartStyle.flat(new WarningBars(worse));
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultItemLabelGenerator(new FixedLabels(chart.changes().stream().map(c -> signed(c, numbers)).toList()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        bars.setItemLabelAnchorOffset(3);
        return bars;
    }

    /** "+3", "−2", "0", "+1,5": as many decimals as the change has, at most two. */
    static String signed(BigDecimal change, NumberStyle numbers) {
        if (change == null) {
            return "";
        }
        int decimals = Math.max(0, Math.min(2, change.stripTrailingZeros().scale()));
        return numbers.signed(change, decimals);
    }

    /**
     * "không so sánh được" on the row of a ward without a bar, written from zero towards the side
     * of the axis with more room, so the plot's edge does not cut it.
     */
    private static void annotateMissing(CategoryPlot plot, ReportContent.ChangeChart chart, List<Ward> wards, String text) {
        TextAnchor anchor = noteAnchor(chart.changes());
        // ending a little short of zero when written leftwards, so the italic's last letter is clear of the plot's edge
        double at = anchor == TextAnchor.CENTER_RIGHT ? chart.changes().stream().filter(c -> c != null)
                .mapToDouble(BigDecimal::doubleValue).min().orElse(0) * 0.03 : 0;
        for (int i = 0; i < chart.wards().size(); i++) {
            if (chart.changes().get(i) == null) {
                CategoryTextAnnotation note = new CategoryTextAnnotation(text, wards.get(i), at);
                note.setFont(ChartStyle.text().deriveFont(Font.ITALIC));
                note.setPaint(ChartStyle.MEDIUM);
                note.setTextAnchor(anchor);
                plot.addAnnotation(note);
            }
        }
    }

    /** Left of zero (the text ending at zero) when the falls reach further than the rises, right of it otherwise. */
    static TextAnchor noteAnchor(List<BigDecimal> changes) {
        double lowest = 0;
        double highest = 0;
        for (BigDecimal change : changes) {
            if (change != null) {
                lowest = Math.min(lowest, change.doubleValue());
                highest = Math.max(highest, change.doubleValue());
            }
        }
        return -lowest > highest ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
    }
}
