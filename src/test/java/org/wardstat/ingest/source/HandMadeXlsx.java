package org.wardstat.ingest.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages part by part with java.util.zip, the way a program other than Excel or
 * POI might: the smallest valid structure, or a package whose one part inflates enormously.
 */
final class HandMadeXlsx {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String ML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /** The XML of a part, written in pieces so that a huge part never exists in memory. */
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private HandMadeXlsx() {
    }

    /** A workbook with one sheet named {@code sheetName} whose XML the writer produces. */
    static void write(Path file, String sheetName, PartWriter sheetXml, PartWriter sharedStringsXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            part(zip, "[Content_Types].xml", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ML + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ML + "worksheet+xml\"/>"
                    + (sharedStringsXml == null ? ""
                            : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ML + "sharedStrings+xml\"/>")
                    + "</Types>"));
            part(zip, "_rels/.rels", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"));
            part(zip, "xl/workbook.xml", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                    + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            part(zip, "xl/_rels/workbook.xml.rels", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStringsXml == null ? ""
                            : "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>"));
            part(zip, "xl/worksheets/sheet1.xml", sheetXml);
            if (sharedStringsXml != null) {
                part(zip, "xl/sharedStrings.xml", sharedStringsXml);
            }
        }
    }

    /** The sheet XML around the given rows. */
    static PartWriter sheet(String rowsXml) {
        return out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                + rowsXml + "</sheetData></worksheet>");
    }

    /**
     * A sheet whose one cell holds {@code bytes} of the same letter: the classic zip bomb, a
     * thousand times smaller compressed than inflated.
     */
    static PartWriter hugeSheet(long bytes) {
        return out -> {
            text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            repeat(out, bytes);
            text(out, "</t></is></c></row></sheetData></worksheet>");
        };
    }

    /** A shared-strings part whose one string is {@code bytes} of the same letter. */
    static PartWriter hugeSharedStrings(long bytes) {
        return out -> {
            text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\"><si><t>");
            repeat(out, bytes);
            text(out, "</t></si></sst>");
        };
    }

    private static void repeat(OutputStream out, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        Arrays.fill(block, (byte) 'A');
        for (long written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }

    private static void part(ZipOutputStream zip, String name, PartWriter content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.write(zip);
        zip.closeEntry();
    }

    private static void text(OutputStream out, String xml) throws IOException {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
    }
}
