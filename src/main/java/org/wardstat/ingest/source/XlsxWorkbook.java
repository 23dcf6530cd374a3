package org.wardstat.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx file opened for streaming: its sheet list, shared strings and styles are read, each
 * sheet's XML is parsed only when asked for, event by event, never as a document tree.
 */
final class XlsxWorkbook implements AutoCloseable {

    /** One sheet, in workbook order. */
    record Sheet(String name, PackagePart part) {
    }

    /**
     * POI's default cap on one uncompressed part is 4 GB. A sheet of a ward's monthly figures is
     * a few megabytes; a gigabyte is already far beyond any real one and still bounds the work.
     */
    static final long MAX_PART_BYTES = 1L << 30;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        }
    }

    private final OPCPackage zip;
    private final List<Sheet> sheets;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;

    private XlsxWorkbook(OPCPackage zip, List<Sheet> sheets, SharedStrings strings, StylesTable styles, boolean date1904) {
        this.zip = zip;
        this.sheets = sheets;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** @throws UnreadableFileException if the file is not a readable workbook */
    static XlsxWorkbook open(Path file) {
        checkZipDirectory(file);
        OPCPackage zip = null;
        try {
            zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(zip);
            List<Sheet> sheets = listSheets(reader);
            SharedStrings strings = new ReadOnlySharedStringsTable(zip, false);
            StylesTable styles = reader.getStylesTable();
            // Without a styles part, a default table still marks numbers as "General", so every
            // number goes through PlainNumberFormatter.
            return new XlsxWorkbook(zip, sheets, strings, styles != null ? styles : new StylesTable(),
                    uses1904Dates(reader));
        } catch (Exception e) {
            if (zip != null) {
                zip.revert();
            }
            throw XlsxProblems.unreadable(e);
        }
    }

    List<Sheet> sheets() {
        return sheets;
    }

    /** Parses one sheet, handing its cells to the handler as the XML streams past. */
    void parse(Sheet sheet, SheetContentsHandler handler) throws IOException, SAXException, ParserConfigurationException {
        try (InputStream xml = sheet.part().getInputStream()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler,
                    new PlainNumberFormatter(date1904), false));
            parser.parse(new InputSource(xml));
        }
    }

    /** Merged blocks kept at most per sheet: a real form has dozens; more is not a form a person made. */
    static final int MAX_MERGED_REGIONS = 10_000;

    /**
     * The merged blocks of one sheet. Sheet XML lists them after the cells, so this parses the
     * sheet once more, as a stream, looking at nothing else. It opens the file again, read-only
     * and without its shared strings or styles, so that it never shares a zip reader with the
     * background parse that may be reading the same file at the same time.
     */
    static List<MergedRegion> mergedRegions(Path file, String sheetName) {
        checkZipDirectory(file);
        OPCPackage zip = null;
        try {
            zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader.SheetIterator iterator = new XSSFReader(zip).getSheetIterator();
            while (iterator.hasNext()) {
                try (InputStream xml = iterator.next()) {
                    if (iterator.getSheetName().equals(sheetName)) {
                        return mergedRegions(xml);
                    }
                }
            }
            return List.of();
        } catch (Exception e) {
            throw XlsxProblems.unreadable(e);
        } finally {
            if (zip != null) {
                zip.revert();
            }
        }
    }

    private static List<MergedRegion> mergedRegions(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        List<MergedRegion> regions = new ArrayList<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("mergeCell".equals(localName) && regions.size() < MAX_MERGED_REGIONS) {
                    MergedRegion region = MergedRegion.parse(attributes.getValue("ref"));
                    if (region != null) {
                        regions.add(region);
                    }
                }
            }
        });
        parser.parse(new InputSource(xml));
        return List.copyOf(regions);
    }

    /** Releases the file without writing anything back (the package is read-only). */
    @Override
    public void close() {
        zip.revert();
    }

    /**
     * POI reads a zip whose central directory is damaged (a truncated download, say) by
     * scanning it as a stream into memory and loads whatever entries it finds. A truncated
     * workbook must be refused instead, and a large one must not end up in memory.
     */
    private static void checkZipDirectory(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException(XlsxProblems.CORRUPT, "not a regular file", null);
        }
        try (ZipSecureFile ignored = new ZipSecureFile(file.toFile())) {
            // opening reads and checks the central directory
        } catch (IOException | RuntimeException e) {
            UnreadableFileException problem = XlsxProblems.unreadable(e);
            throw problem.reasonCode().equals(XlsxProblems.ZIP_BOMB) ? problem
                    : new UnreadableFileException(XlsxProblems.CORRUPT, notAZip(file, e), e);
        }
    }

    private static String notAZip(Path file, Exception problem) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (FileMagic.valueOf(in) == FileMagic.OLE2) {
                return "not a zip archive but an OLE2 container: a password-protected workbook or an old .xls file";
            }
        } catch (IOException | RuntimeException e) {
            // an empty file, say: the zip error says enough
        }
        return "not a complete zip archive: " + problem.getMessage();
    }

    private static List<Sheet> listSheets(XSSFReader reader) throws IOException, InvalidFormatException {
        List<Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            // next() opens the sheet's stream; it is opened again when the sheet is parsed
            try (InputStream ignored = iterator.next()) {
                sheets.add(new Sheet(iterator.getSheetName(), iterator.getSheetPart()));
            }
        }
        return List.copyOf(sheets);
    }

    /** Workbooks from old Mac Excel count dates from 1904; a period would be four years off. */
    private static boolean uses1904Dates(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream xml = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(xml));
        }
        return found[0];
    }
}
