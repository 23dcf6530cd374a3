package org.wardstat.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Makes the DejaVu fonts that JasperReports bundles known to Java2D, so a chart drawn with
 * "DejaVu Sans" measures its text with the very font the PDF embeds, on a machine with no
 * fonts installed.
 */
final class ChartFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};
    private static volatile boolean registered;

    private ChartFonts() {
    }

    static synchronized void register() {
        if (registered) {
            return;
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : FILES) {
            try (InputStream in = ChartFonts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("jasperreports-fonts is missing " + file);
                }
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        registered = true;
    }
}
