package org.wardstat.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as a reader gets it: its text, its fonts and its raster images (also inside form XObjects). */
public record PdfReading(String text, List<String> fonts, List<String> images) {

    public static PdfReading of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            List<String> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                walk(page.getResources(), fonts, images);
            }
            return new PdfReading(new PDFTextStripper().getText(document), fonts, images);
        }
    }

    /** The text's lines, trimmed, without empty ones. */
    List<String> lines() {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The text with line breaks as spaces. */
    public String flowing() {
        return text.replaceAll("\\s+", " ");
    }

    private static void walk(PDResources resources, List<String> fonts, List<String> images) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
        for (COSName name : resources.getXObjectNames()) {
            var xobject = resources.getXObject(name);
            if (xobject instanceof PDImageXObject image) {
                images.add(name.getName() + " " + image.getWidth() + "x" + image.getHeight());
            } else if (xobject instanceof PDFormXObject form) {
                walk(form.getResources(), fonts, images);
            }
        }
    }
}
