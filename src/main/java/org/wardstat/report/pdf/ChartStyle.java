package org.wardstat.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * What every chart of a report shares: DejaVu Sans (the font the PDF embeds), greys and outlines
 * that survive black-and-white print, colour only as an addition (the warning red prints as a
 * dark grey), a white plot, the legend below.
 */
final class ChartStyle {

    static final Color PALE = new Color(0xE6E6E6);
    static final Color LIGHT = new Color(0xBDBDBD);
    static final Color DARK = new Color(0x262626);
    static final Color MEDIUM = new Color(0x757575);
    /** Dark red: a worsening; in grey print still dark and distinct from {@link #LIGHT}. */
    static final Color WARNING = new Color(0xB71C1C);
    static final Color GRID = new Color(0x9E9E9E);
    static final Stroke OUTLINE = new BasicStroke(0.4f);

    private ChartStyle() {
    }

    static Font text() {
        ChartFonts.register();
        return new Font(ChartFonts.FAMILY, Font.PLAIN, 9);
    }

    static Font bold() {
        ChartFonts.register();
        return new Font(ChartFonts.FAMILY, Font.BOLD, 9);
    }

    static CategoryAxis categoryAxis() {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(text());
        axis.setLabelFont(text());
        return axis;
    }

    static NumberAxis valueAxis(String label, boolean vietnamese) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(text());
        axis.setTickLabelFont(text());
        axis.setNumberFormatOverride(numbers(vietnamese));
        return axis;
    }

    /** Flat bars with a thin black outline, so even a white or light bar keeps its edge. */
    static <R extends BarRenderer> R flat(R bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.BLACK);
        bars.setDefaultOutlineStroke(OUTLINE);
        bars.setDefaultItemLabelFont(text());
        bars.setDefaultItemLabelPaint(Color.BLACK);
        return bars;
    }

    static void plain(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.3f));
        plot.setOutlineVisible(false);
    }

    /** The chart around a plot: bold title on top, legend (if any) below without a frame. */
    static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, text(), plot, legend);
        chart.setTitle(new TextTitle(title, new Font(ChartFonts.FAMILY, Font.BOLD, 10)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (legend) {
            LegendTitle legendTitle = chart.getLegend();
            legendTitle.setItemFont(text());
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    /** Tick labels as the report prints numbers: "1.000" and "−5" in Vietnamese, "1,000" in English. */
    static NumberFormat numbers(boolean vietnamese) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setMinusSign('\u2212');
        return new DecimalFormat("#,##0.##", symbols);
    }
}
