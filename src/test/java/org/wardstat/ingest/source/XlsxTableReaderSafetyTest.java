package org.wardstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.system.Messages;

/** Files that are not workbooks, damaged ones and hostile ones are refused, fast and without a hang. */
class XlsxTableReaderSafetyTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path folder;

    private Path validWorkbook() throws IOException {
        Path file = folder.resolve("hop-le.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Số liệu");
            for (int i = 0; i < 300; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Phường số " + i);
                sheet.getRow(i).createCell(1).setCellValue(i);
            }
            workbook.write(out);
        }
        return file;
    }

    /** Opens the file and reads it to the end, as a load would. */
    private static ThrowingCallable readingAll(Path file) {
        return () -> {
            try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
                XlsxTableReaderTest.readAll(reader);
            }
        };
    }

    private static void assertRefused(ThrowingCallable reading, String reasonCode, String detailPart) {
        assertThatThrownBy(reading).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo(reasonCode);
            assertThat(e.detail()).containsIgnoringCase(detailPart);
        });
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        byte[] whole = Files.readAllBytes(validWorkbook());
        Path half = Files.write(folder.resolve("cat-doi.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertRefused(readingAll(half), "file.xlsx-corrupt", "zip");
    }

    @Test
    void refusesRandomBytesAndAnEmptyFile() throws IOException {
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Path random = Files.write(folder.resolve("ngau-nhien.xlsx"), noise);
        Path empty = Files.write(folder.resolve("rong.xlsx"), new byte[0]);

        assertRefused(readingAll(random), "file.xlsx-corrupt", "zip");
        assertRefused(readingAll(empty), "file.xlsx-corrupt", "zip");
    }

    @Test
    void refusesAFolderOrAMissingFile() {
        assertRefused(readingAll(folder), "file.xlsx-corrupt", "not a regular file");
        assertRefused(readingAll(folder.resolve("khong-co.xlsx")), "file.xlsx-corrupt", "not a regular file");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        Path file = folder.resolve("nen.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("bao-cao.txt"));
            zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertRefused(readingAll(file), "file.xlsx-corrupt", "");
    }

    @Test
    void refusesAPasswordProtectedWorkbookAndAnOldXlsFile() throws Exception {
        Path encrypted = folder.resolve("mat-khau.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(container)) {
                workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Mã đơn vị");
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                container.writeFilesystem(out);
            }
        }
        Path xls = folder.resolve("cu.xlsx");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            old.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Mã đơn vị");
            old.write(out);
        }

        assertRefused(readingAll(encrypted), "file.xlsx-corrupt", "password-protected workbook or an old .xls");
        assertRefused(readingAll(xls), "file.xlsx-corrupt", "password-protected workbook or an old .xls");
    }

    @Test
    void givesTheRowsBeforeASheetBreaksOffThenRefusesTheFile() throws IOException {
        Path file = folder.resolve("hong-giua-chung.xlsx");
        HandMadeXlsx.write(file, "Số liệu", out -> out.write(("<worksheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã đơn vị</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>duc-xuan</t></is></c><c r=\"B2\"").getBytes(StandardCharsets.UTF_8)),
                null);

        try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
            assertThat(reader.next()).isEqualTo(new SourceRow("Số liệu", 1, List.of("Mã đơn vị")));
            assertRefused(reader::next, "file.xlsx-corrupt", "SAXParseException");
        }
    }

    @Test
    void refusesASheetThatInflatesToHundredsOfMegabytes() throws IOException {
        Path bomb = folder.resolve("bom.xlsx");
        HandMadeXlsx.write(bomb, "Số liệu", HandMadeXlsx.hugeSheet(300 * MB), null);
        assertThat(Files.size(bomb)).isLessThan(MB);

        long before = usedHeap();
        long start = System.nanoTime();
        XlsxTableReader reader = new XlsxTableReader(bomb, null); // the sheet is not read yet
        try (reader) {
            assertRefused(() -> XlsxTableReaderTest.readAll(reader), "file.xlsx-zip-bomb", "zip bomb");
            assertRefused(reader::next, "file.xlsx-zip-bomb", "zip bomb"); // not "no more rows"
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(usedHeap() - before).as("heap grown while reading").isLessThan(100 * MB);
    }

    @Test
    void refusesSharedStringsThatInflateToHundredsOfMegabytesWhenOpening() throws IOException {
        Path bomb = folder.resolve("bom-chuoi.xlsx");
        HandMadeXlsx.write(bomb, "Số liệu", HandMadeXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                HandMadeXlsx.hugeSharedStrings(200 * MB));
        assertThat(Files.size(bomb)).isLessThan(MB);

        long start = System.nanoTime();
        assertRefused(() -> new XlsxTableReader(bomb, null).close(), "file.xlsx-zip-bomb", "zip bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesAZipOfThousandsOfEntries() throws IOException {
        Path file = folder.resolve("nhieu-tep.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < 5000; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/anh" + i + ".xml"));
                zip.closeEntry();
            }
        }

        assertRefused(readingAll(file), "file.xlsx-zip-bomb", "potentially malicious");
    }

    @Test
    void everyReasonHasAMessageInBothLanguages() {
        for (String language : List.of("vi", "en")) {
            Messages messages = Messages.forLanguage(language);
            for (String reason : List.of("file.xlsx-corrupt", "file.xlsx-zip-bomb", "file.xlsx-no-sheet")) {
                assertThat(messages.get(reason, "bao-cao.xlsx", "Tháng 2; sheets: Số liệu"))
                        .contains("bao-cao.xlsx", "Tháng 2; sheets: Số liệu");
            }
        }
        assertThat(Messages.vietnamese().get("file.xlsx-no-sheet", "bao-cao.xlsx", "Tháng 2; sheets: Số liệu"))
                .isEqualTo("Tệp bao-cao.xlsx không có trang tính được yêu cầu: Tháng 2; sheets: Số liệu. Không nạp dòng nào.");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
