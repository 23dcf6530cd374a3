package org.wardstat.report.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextUtils;

/**
 * Whether the names of a category axis fit the room a chart gives each category, measured with
 * the chart's own font: a name that does not fit would end in "…" and a leader would read half a
 * ward's name. The charts name their categories when every name fits, and number them when not.
 */
final class AxisLabels {

    private AxisLabels() {
    }

    /**
     * The lines each category label of a horizontal chart may take, drawn at the size the template
     * gives it: its share of the plot's height (what the title, the value axis and the legend
     * leave), in lines of the label font; at least 0.
     */
    static int linesPerCategory(JFreeChart chart, float width, float height, int categories, Font font) {
        return categories == 0 ? 0 : (int) Math.floor(roomPerCategory(chart, width, height, categories) / lineHeight(font));
    }

    /** The height, in points, of each category's share of the plot drawn at that size. */
    static double roomPerCategory(JFreeChart chart, float width, float height, int categories) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Float(0, 0, width, height), info);
            return info.getPlotInfo().getDataArea().getHeight() / Math.max(1, categories);
        } finally {
            g2.dispose();
        }
    }

    /** A line of the font with its leading, in points. */
    static float lineHeight(Font font) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            return font.getLineMetrics("ĐÁgỹ", g2.getFontRenderContext()).getHeight();
        } finally {
            g2.dispose();
        }
    }

    /** The most lines any of the names wraps to at that width, with no line cut. */
    static int linesNeeded(List<String> names, Font font, float width) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setFont(font); // the measurer measures with the graphics' font, as the axis does once it has set it
            G2TextMeasurer measurer = new G2TextMeasurer(g2);
            int most = 0;
            for (String name : names) {
                most = Math.max(most, TextUtils.createTextBlock(name, font, Color.BLACK, width, Integer.MAX_VALUE, measurer)
                        .getLines().size());
            }
            return most;
        } finally {
            g2.dispose();
        }
    }
}
