package org.wardstat.report.pdf;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignImage;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.renderers.Renderable;

/**
 * A one-page JasperReports design built in code, stacking static texts and vector drawings in the
 * title band, filled and exported to PDF bytes: enough to see what the PDF exporter makes of a
 * font or a chart without a template file.
 */
final class TinyReport {

    private static final int WIDTH = 515;

    private final JasperDesign design = new JasperDesign();
    private final JRDesignBand title = new JRDesignBand();
    private final Map<String, Object> parameters = new HashMap<>();
    private int y;

    TinyReport() {
        design.setName("tiny");
        design.setPageWidth(595);
        design.setPageHeight(842);
        design.setColumnWidth(WIDTH);
        design.setLeftMargin(40);
        design.setRightMargin(40);
        design.setTopMargin(30);
        design.setBottomMargin(30);
        design.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        design.setProperty("net.sf.jasperreports.export.pdf.force.svg.shapes", "false");
        design.setTitle(title);
    }

    /** A report whose default style uses the given font, as a template's "Base" style would. */
    TinyReport(String defaultFont) {
        this();
        JRDesignStyle base = new JRDesignStyle();
        base.setName("Base");
        base.setDefault(true);
        base.setFontName(defaultFont);
        try {
            design.addStyle(base);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line of text in the given font; each text gets a line of its own. */
    TinyReport text(String text, String fontName, boolean bold, boolean italic) {
        JRDesignStaticText element = new JRDesignStaticText(design);
        element.setText(text);
        element.setFontName(fontName);
        element.setFontSize(12f);
        element.setBold(bold);
        element.setItalic(italic);
        return place(element, 20);
    }

    /** A drawing (a chart) passed as a parameter and drawn as vectors. */
    TinyReport drawing(Renderable drawing, int height) {
        String name = "drawing" + parameters.size();
        JRDesignParameter parameter = new JRDesignParameter();
        parameter.setName(name);
        parameter.setValueClass(Renderable.class);
        try {
            design.addParameter(parameter);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
        parameters.put(name, drawing);
        JRDesignImage image = new JRDesignImage(design);
        image.setExpression(new JRDesignExpression("$P{" + name + "}"));
        image.setScaleImage(ScaleImageEnum.RETAIN_SHAPE);
        return place(image, height);
    }

    private TinyReport place(net.sf.jasperreports.engine.design.JRDesignElement element, int height) {
        element.setX(0);
        element.setY(y);
        element.setWidth(WIDTH);
        element.setHeight(height);
        title.addElement(element);
        y += height;
        title.setHeight(y);
        return this;
    }

    byte[] pdf() throws JRException {
        JasperPrint print = JasperFillManager.fillReport(JasperCompileManager.compileReport(design), parameters,
                new JREmptyDataSource());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        return out.toByteArray();
    }
}
