package org.wardstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.system.Messages;

/**
 * A district named like a spreadsheet formula and wards with long names, in the PDF and the
 * workbook: the agency lines stay two lines over their rule, the names are whole on every page
 * and chart, and the formula stays text.
 */
class OddNamesTest extends PipelineTest {

    private static final String FORMULA = "=HYPERLINK(\"x\")";
    private static final String LONG = "Phường Có Tên Rất Dài Để Kiểm Tra Việc Xuống Dòng Của Nhãn Biểu Đồ Và Bảng";

    @Autowired
    org.wardstat.system.WardstatProperties properties;

    @TempDir
    Path temp;

    @Test
    void aFormulaNamedDistrictAndLongWardNamesPrintWhole() throws Exception {
        Path units = temp.resolve("org-units.csv");
        Files.writeString(units, Files.readString(SAMPLES.resolve("org-units.csv"), StandardCharsets.UTF_8).stripTrailing() + "\n"
                + "odd,bac-kan,district,\"=HYPERLINK(\"\"x\"\")\",=HYPERLINK(x),,,\n"
                + "long-ward," + "odd,ward," + LONG + ",Long ward,,,\n"
                + "formula-ward,odd,ward,\"=HYPERLINK(\"\"x\"\")\",Formula ward,,,\n", StandardCharsets.UTF_8);
        catalogs.saveOrgUnits(CatalogFiles.readOrgUnits(units));
        for (String ward : List.of("long-ward", "formula-ward")) {
            for (int month = 1; month <= 12; month++) {
                putObservation(ward, "social_order_crimes", String.format("2023-%02d", month), 2);
                putObservation(ward, "social_order_crimes", String.format("2024-%02d", month), ward.equals("long-ward") ? 1 : 3);
            }
        }

        assertThat(reportRun("odd", Window.year(2024), "vi", EnumSet.allOf(ReportService.Format.class)).completed()).isTrue();
        assertThat(reportRun("long-ward", Window.year(2024), "vi", EnumSet.of(ReportService.Format.PDF)).completed()).isTrue();
        java.nio.file.Path reportsFolder = properties.reports();

        String areaText = text(reportsFolder.resolve("areas/2024/odd-2024.pdf"));
        assertThat(areaText).containsSubsequence("CÔNG AN TỈNH BẮC KẠN", "CÔNG AN =HYPERLINK(\"X\")", "Số: /BC-CA",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO");
        // the ranking table, the chart and the matrix each name the long ward in full
        assertThat(areaText.split(LONG.split(" ")[5] + " " + LONG.split(" ")[6], -1).length - 1).isGreaterThanOrEqualTo(2);
        assertThat(areaText).contains("Nhãn Biểu Đồ Và Bảng").doesNotContain("…", "...");
        String briefingText = text(reportsFolder.resolve("briefings/2024/long-ward-2024.pdf"));
        assertThat(briefingText).containsSubsequence("CÔNG AN =HYPERLINK(\"X\")", "CÔNG AN PHƯỜNG CÓ TÊN RẤT DÀI ĐỂ KIỂM TRA",
                "VÀ BẢNG", "Số: /BC-CAP", "BÁO CÁO", "Tình hình an ninh, trật tự " + LONG + ", năm 2024");

        try (InputStream in = Files.newInputStream(reportsFolder.resolve("areas/2024/odd-2024.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var ranking = workbook.getSheet("Xếp hạng");
            List<String> wards = new java.util.ArrayList<>();
            for (int r = 4; r <= ranking.getLastRowNum(); r++) {
                var cell = ranking.getRow(r).getCell(2);
                if (cell != null) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    wards.add(cell.getStringCellValue());
                }
            }
            assertThat(wards).contains(FORMULA, LONG);
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
