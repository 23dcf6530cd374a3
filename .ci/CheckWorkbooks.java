import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * CI check: every workbook under a folder opens in LibreOffice and recalculates to the values
 * it carries. For each .xlsx, the cached value of every formula cell is read straight from the
 * zip (sheet XML, shared strings, sheet names from workbook.xml); LibreOffice converts the file
 * to xlsx with "always recalculate on load" set in its profile; the same cells are read from
 * its output and compared (numbers within a small tolerance, text exactly).
 *
 * <p>Before any workbook, a canary proves that LibreOffice really recalculates: a workbook whose
 * only formula carries a deliberately wrong cached value must come back corrected.
 *
 * <p>Run: {@code java .ci/CheckWorkbooks.java DIR}. JDK only. Exit 0 when all equal, 1 when a
 * value differs (each named: file, sheet, cell, expected, got), 2 when the check cannot run.
 */
public class CheckWorkbooks {

    static final String SOFFICE = System.getenv().getOrDefault("SOFFICE", "soffice");
    static final Path PROFILE = Path.of("/tmp/lo-check");
    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE = 1e-9;
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A cell's value: a number, or text (strings, booleans and errors as their text). */
    record Value(Double number, String text) {
        static Value of(double number) {
            return new Value(number, null);
        }

        static Value of(String text) {
            return new Value(null, text);
        }

        boolean sameAs(Value other) {
            if (number != null && other.number != null) {
                double tolerance = Math.max(ABSOLUTE, RELATIVE * Math.max(Math.abs(number), Math.abs(other.number)));
                return Math.abs(number - other.number) <= tolerance;
            }
            return number == null && other.number == null && text.equals(other.text);
        }

        @Override
        public String toString() {
            return number != null ? String.valueOf(number) : "\"" + text + "\"";
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java .ci/CheckWorkbooks.java DIR");
            System.exit(2);
        }
        List<Path> workbooks;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            workbooks = files.filter(f -> f.getFileName().toString().endsWith(".xlsx"))
                    .filter(f -> !f.getFileName().toString().startsWith("~$")).sorted().toList();
        }
        if (workbooks.isEmpty()) {
            System.err.println("FAIL: no .xlsx under " + args[0]);
            System.exit(2);
        }
        Path work = Files.createTempDirectory("check-workbooks");
        try {
            forceRecalculation();
            canary(work);
            int failed = 0;
            for (Path workbook : workbooks) {
                failed += check(workbook, work) ? 0 : 1;
            }
            if (failed > 0) {
                System.out.println("FAIL: " + failed + " of " + workbooks.size() + " workbooks differ after recalculation");
                System.exit(1);
            }
        } finally {
            deleteTree(work);
        }
    }

    /** Compares one workbook's cached formula values with LibreOffice's; prints one summary line. */
    static boolean check(Path workbook, Path work) throws Exception {
        Map<String, Value> expected = formulaValues(workbook, true);
        Map<String, Value> got = formulaValues(convert(workbook, work), false);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Value> cell : expected.entrySet()) {
            Value value = got.getOrDefault(cell.getKey(), Value.of(""));
            if (!cell.getValue().sameAs(value)) {
                String[] sheetAndCell = cell.getKey().split("!", 2);
                differences.add(workbook + ": sheet '" + sheetAndCell[0] + "' cell " + sheetAndCell[1] + ": expected "
                        + cell.getValue() + ", got " + value);
            }
        }
        if (expected.isEmpty()) {
            System.out.println(workbook + ": no formulas");
            return true;
        }
        if (differences.isEmpty()) {
            System.out.println(workbook + ": " + expected.size() + " formulas recalculated, all equal");
            return true;
        }
        differences.forEach(d -> System.out.println("FAIL: " + d));
        System.out.println(workbook + ": " + differences.size() + " of " + expected.size() + " formulas differ");
        return false;
    }

    /**
     * The profile LibreOffice starts with: OOXML (and ODF) files always recalculated on load
     * (0 = always, 1 = never, 2 = ask). Written before every run so a profile left behind
     * cannot change the setting.
     */
    static void forceRecalculation() throws IOException {
        Path user = PROFILE.resolve("user");
        Files.createDirectories(user);
        String xcu = """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """;
        Files.writeString(user.resolve("registrymodifications.xcu"), xcu, StandardCharsets.UTF_8);
    }

    /** A workbook whose formula A3 = A1 + A2 = 5 claims 999: LibreOffice must give 5 back. */
    static void canary(Path work) throws Exception {
        Path folder = Files.createDirectories(work.resolve("canary"));
        Path canary = folder.resolve("canary.xlsx");
        writeCanary(canary);
        Value cached = formulaValues(canary, true).get("Canary!A3");
        Value recalculated = formulaValues(convert(canary, work), false).get("Canary!A3");
        if (cached == null || !cached.sameAs(Value.of(999)) || recalculated == null || !recalculated.sameAs(Value.of(5))) {
            System.out.println("FAIL: LibreOffice did not recalculate on load (canary A3 cached " + cached + ", came back "
                    + recalculated + "); the comparison would prove nothing");
            System.exit(2);
        }
        System.out.println("LibreOffice recalculates on load: the canary's wrong cached 999 came back as 5");
    }

    /** Runs LibreOffice's conversion to xlsx into a fresh folder and returns the converted file. */
    static Path convert(Path workbook, Path work) throws Exception {
        Path out = Files.createTempDirectory(work, "lo");
        List<String> command = List.of(SOFFICE, "--headless", "--norestore",
                "-env:UserInstallation=" + PROFILE.toUri().toString().replaceFirst("/$", ""),
                "--convert-to", "xlsx", "--outdir", out.toString(), workbook.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish converting " + workbook);
        }
        Path converted = out.resolve(workbook.getFileName().toString());
        if (process.exitValue() != 0 || !Files.exists(converted)) {
            throw new IllegalStateException("LibreOffice could not convert " + workbook + ":\n"
                    + Files.readString(work.resolve("soffice.log")));
        }
        return converted;
    }

    /**
     * Values keyed "Sheet!A1": of the formula cells only ({@code formulasOnly}), or of every
     * cell (LibreOffice's output, where the formulas are looked up by address).
     */
    static Map<String, Value> formulaValues(Path xlsx, boolean formulasOnly) throws Exception {
        Map<String, Value> values = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> strings = sharedStrings(zip);
            for (Map.Entry<String, String> sheet : sheets(zip).entrySet()) {
                Document document = parse(zip, sheet.getValue());
                NodeList cells = document.getElementsByTagNameNS(MAIN, "c");
                for (int i = 0; i < cells.getLength(); i++) {
                    Element cell = (Element) cells.item(i);
                    boolean formula = child(cell, "f") != null;
                    if (formulasOnly && !formula) {
                        continue;
                    }
                    values.put(sheet.getKey() + "!" + cell.getAttribute("r"), value(cell, strings));
                }
            }
        }
        return values;
    }

    static Value value(Element cell, List<String> strings) {
        String type = cell.getAttribute("t");
        Element v = child(cell, "v");
        String raw = v == null ? "" : v.getTextContent();
        return switch (type) {
            case "s" -> Value.of(strings.get(Integer.parseInt(raw.trim())));
            case "str", "e" -> Value.of(raw);
            case "b" -> Value.of("1".equals(raw.trim()) ? "TRUE" : "FALSE");
            case "inlineStr" -> Value.of(text(child(cell, "is")));
            default -> raw.isBlank() ? Value.of("") : Value.of(Double.parseDouble(raw.trim()));
        };
    }

    /** Sheet name to its part in the zip, in workbook order. */
    static Map<String, String> sheets(ZipFile zip) throws Exception {
        Map<String, String> targets = new HashMap<>();
        Document rels = parse(zip, "xl/_rels/workbook.xml.rels");
        NodeList relations = rels.getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < relations.getLength(); i++) {
            Element relation = (Element) relations.item(i);
            String target = relation.getAttribute("Target");
            targets.put(relation.getAttribute("Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        NodeList list = parse(zip, "xl/workbook.xml").getElementsByTagNameNS(MAIN, "sheet");
        for (int i = 0; i < list.getLength(); i++) {
            Element sheet = (Element) list.item(i);
            sheets.put(sheet.getAttribute("name"), targets.get(sheet.getAttributeNS(REL, "id")));
        }
        return sheets;
    }

    static List<String> sharedStrings(ZipFile zip) throws Exception {
        List<String> strings = new ArrayList<>();
        if (zip.getEntry("xl/sharedStrings.xml") == null) {
            return strings;
        }
        NodeList items = parse(zip, "xl/sharedStrings.xml").getElementsByTagNameNS(MAIN, "si");
        for (int i = 0; i < items.getLength(); i++) {
            strings.add(text((Element) items.item(i)));
        }
        return strings;
    }

    /** The text of a string item: its <t> runs joined, phonetic runs (<rPh>) left out. */
    static String text(Element item) {
        if (item == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        NodeList ts = item.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            Node t = ts.item(i);
            if (!"rPh".equals(t.getParentNode().getLocalName())) {
                text.append(t.getTextContent());
            }
        }
        return text.toString();
    }

    static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    static Document parse(ZipFile zip, String part) throws Exception {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IllegalStateException(zip.getName() + " has no " + part);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = zip.getInputStream(entry)) {
            return builder.parse(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    static void writeCanary(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Canary" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>""");
        parts.put("xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData>
                <row r="1"><c r="A1"><v>2</v></c></row>
                <row r="2"><c r="A2"><v>3</v></c></row>
                <row r="3"><c r="A3"><f>A1+A2</f><v>999</v></c></row>
                </sheetData>
                </worksheet>""");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
