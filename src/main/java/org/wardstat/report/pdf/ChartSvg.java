package org.wardstat.report.pdf;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * The report's own charts (the same JFreeChart drawings the PDF embeds) as SVG for a web page:
 * vector, sharp on a phone and in print, no script. The drawing's size is a viewBox; the page
 * scales it to the screen's width.
 */
public final class ChartSvg {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;

    private ChartSvg() {
    }

    public static String monthly(ReportContent.MonthlySeries series) {
        return svg(MonthlySeriesChart.of(series));
    }

    public static String groups(ReportContent.GroupChart chart) {
        return svg(GroupAttainmentChart.of(chart));
    }

    public static String change(ReportContent.ChangeChart chart, Messages messages) {
        return svg(ChangeByWardChart.of(chart, messages));
    }

    public static String rollout(ReportContent.RolloutChart chart) {
        return svg(RolloutBandChart.of(chart));
    }

    private static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        // the viewBox lets the page scale the drawing to a phone's width, proportions kept
        return g.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
