package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One figure, one truth, through every face a user has: `compare` in the terminal, the PDF and
 * the workbook of `report`, each on real PostgreSQL. The file below makes each rule show:
 * <ul>
 *   <li>Bắc Kạn city, first quarter: five wards reported both years (3 cases each in 2024, 6 in
 *       2025); Sông Cầu had 30 in 2024 and sent nothing for 2025. Compared over the five: 15 → 30,
 *       not 45 → 30, and Sông Cầu is named;</li>
 *   <li>traffic accidents: 2025 has January and February only, against three months of 2024, so
 *       the row cannot be compared: no change, percentage or p anywhere, and no sentence saying
 *       "giảm";</li>
 *   <li>Phường Ba Đình, formed on 1/7/2025 from Điện Biên and Quán Thánh: its second half of 2025
 *       (6 cases) against the two former wards' second half of 2024 (12).</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneTruthPerFigureTest extends CommandLineTest {

    private static final List<String> FIVE = List.of("duc-xuan", "phung-chi-kien", "huyen-tung", "nguyen-thi-minh-khai", "xuat-hoa");

    @BeforeAll
    static void loadTheFile() throws IOException {
        StringBuilder csv = new StringBuilder("ward_code,period,social_order_crimes,traffic_accidents,traffic_deaths,traffic_injuries\n");
        for (String ward : FIVE) {
            for (int month = 1; month <= 3; month++) {
                csv.append(ward).append(",2024-0").append(month).append(",1,1,0,1\n");
                csv.append(ward).append(",2025-0").append(month).append(",2").append(month < 3 ? ",1,0,1" : ",,,").append('\n');
            }
        }
        for (int month = 1; month <= 3; month++) {
            csv.append("song-cau,2024-0").append(month).append(",10,,,\n");
        }
        for (int month = 7; month <= 12; month++) {
            String m = String.format("%02d", month);
            csv.append("dien-bien,2024-").append(m).append(",1,,,\n");
            csv.append("quan-thanh,2024-").append(m).append(",1,,,\n");
            csv.append("phuong-ba-dinh,2025-").append(m).append(",1,,,\n");
        }
        Path file = workspace.resolve("hai-ky.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        Run load = run("ingest", file.toString());
        assertThat(load.exitCode()).as(load.output()).isZero();
    }

    private static String line(String output, String startingWith) {
        return output.lines().filter(l -> l.strip().startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + startingWith + " in\n" + output)).replaceAll("\\s+", " ");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static XSSFRow indicatorRow(XSSFWorkbook workbook, String code) {
        XSSFSheet sheet = workbook.getSheet("Chỉ tiêu");
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(9).getStringCellValue().equals(code)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    @Order(1)
    void anAreaMissingAWardIsComparedOverTheWardsThatReportedBothInCompareThePdfAndTheWorkbook() throws IOException {
        Run compare = run("compare", "--area", "tp-bac-kan", "--period", "2025-Q1");
        assertThat(compare.exitCode()).as(compare.output()).isZero();
        assertThat(compare.output()).contains("Số phường có số liệu: 5/6 (cùng kỳ 6/6)",
                "So sánh với cùng kỳ trên 5/6 phường có số liệu cả hai kỳ; không tính Phường Sông Cầu (chưa có số liệu kỳ này).");
        // 15 → 30: p = 2 · P(X ≤ 15 | n = 45, ½) = 0,036, notable; never 45 → 30 (−33,3%), Sông Cầu's missing quarter
        assertThat(line(compare.output(), "Tội phạm về trật tự xã hội (số vụ xảy ra)"))
                .endsWith("30 15 +15 +100% 0,036 đáng chú ý");
        assertThat(line(compare.output(), "Tai nạn giao thông (số vụ)")).endsWith("10 15 — — — không so sánh được");

        Run report = run("report", "--area", "tp-bac-kan", "--period", "2025-Q1");
        assertThat(report.exitCode()).as(report.output()).isZero();
        String pdf = pdfText(workspace.resolve("reports/areas/2025-Q1/tp-bac-kan-2025-Q1.pdf"));
        assertThat(pdf).contains("So sánh với cùng kỳ trên 5/6 phường có số liệu cả hai kỳ; không tính Phường Sông Cầu (chưa có số liệu kỳ này).",
                "Tội phạm về trật tự xã hội xảy ra 30 vụ, tăng 15 vụ (+100%) so với cùng kỳ năm 2024",
                "Tai nạn giao thông xảy ra 10 vụ, bị thương 10 người (không so sánh được với cùng kỳ năm 2024).");
        assertThat(pdf).containsSubsequence("Tội phạm về trật tự xã hội (số vụ xảy ra)", "30", "15", "+15", "+100%", "0,036", "đáng chú ý");
        assertThat(pdf).containsSubsequence("Tai nạn giao thông (số vụ)", "vụ", "10", "15", "—", "—", "—", "không so sánh được");
        assertThat(pdf).doesNotContain("−15 vụ", "(−33,3%)", "giảm 5 vụ");

        try (InputStream in = Files.newInputStream(workspace.resolve("reports/areas/2025-Q1/tp-bac-kan-2025-Q1.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFRow crimes = indicatorRow(workbook, "social_order_crimes");
            assertThat(crimes.getCell(2).getNumericCellValue()).isEqualTo(30);
            assertThat(crimes.getCell(3).getNumericCellValue()).isEqualTo(15);
            assertThat(crimes.getCell(4).getNumericCellValue()).isEqualTo(15);
            assertThat(crimes.getCell(6).getCellFormula()).contains("_xlfn.BINOM.DIST");
            assertThat(crimes.getCell(6).getNumericCellValue()).isCloseTo(0.035697803555194696, within(1e-12));
            assertThat(crimes.getCell(7).getStringCellValue()).isEqualTo("đáng chú ý");
            XSSFRow traffic = indicatorRow(workbook, "traffic_accidents");
            assertThat(traffic.getCell(2).getNumericCellValue()).isEqualTo(10);
            assertThat(traffic.getCell(3).getNumericCellValue()).isEqualTo(15);
            for (int column = 4; column <= 6; column++) {
                assertThat(traffic.getCell(column).getCellType()).as("change, %, p").isEqualTo(CellType.BLANK);
            }
            assertThat(traffic.getCell(7).getStringCellValue()).isEqualTo("không so sánh được");
            List<String> summary = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> summary.add(cell.getCellType() == CellType.STRING
                    ? cell.getStringCellValue() : "")));
            assertThat(summary).anyMatch(text -> text.startsWith("So sánh với cùng kỳ trên 5/6 phường có số liệu cả hai kỳ"));
        }
    }

    @Test
    @Order(2)
    void aMergedWardIsComparedWithTheSumOfTheWardsItReplacedEverywhere() throws IOException {
        Run compare = run("compare", "--area", "phuong-ba-dinh", "--period", "2025-H2");
        assertThat(compare.exitCode()).as(compare.output()).isZero();
        assertThat(compare.output()).contains("Phường Ba Đình: 6 tháng cuối năm 2025 so với cùng kỳ (từ ngày 01/07/2025 đến ngày 31/12/2025)",
                "Số phường có số liệu: 1/1 (cùng kỳ 1/1)");
        assertThat(line(compare.output(), "Tội phạm về trật tự xã hội (số vụ xảy ra)")).endsWith("6 12 −6 −50% 0,238 dao động bình thường");

        Run briefing = run("report", "--ward", "phuong-ba-dinh", "--period", "2025-H2", "--format", "pdf");
        assertThat(briefing.exitCode()).as(briefing.output()).isZero();
        String pdf = pdfText(workspace.resolve("reports/briefings/2025-H2/phuong-ba-dinh-2025-H2.pdf"));
        assertThat(pdf).contains("Kỳ báo cáo: 6 tháng cuối năm 2025 (từ ngày 01/07/2025 đến ngày 31/12/2025)",
                "Tội phạm về trật tự xã hội xảy ra 6 vụ, giảm 6 vụ (−50%) so với cùng kỳ năm 2024",
                "trên cơ sở sáp nhập Phường Điện Biên, Phường Quán Thánh");
        assertThat(pdf).containsSubsequence("Tội phạm về trật tự xã hội (số vụ xảy ra)", "6", "12", "−6", "−50%", "0,238");

        Run area = run("compare", "--area", "ha-noi", "--period", "2025-H2");
        assertThat(area.output()).contains("So sánh với cùng kỳ trên 1/5 phường có số liệu cả hai kỳ")
                .containsSubsequence("1. Phường Ba Đình", "6 (cùng kỳ 12), −6 (−50%), p = 0,238: dao động bình thường");
        assertThat(line(area.output(), "Tội phạm về trật tự xã hội (số vụ xảy ra)")).endsWith("6 12 −6 −50% 0,238 dao động bình thường");
    }

    @Test
    @Order(3)
    void aPeriodStillToComeIsRefusedInOneLineAndAUnitWithoutFiguresGetsNoReport() throws IOException {
        Run future = run("report", "--ward", "duc-xuan", "--year", "2099");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.output()).containsPattern("Kỳ năm 2099 chưa đến \\(kỳ báo cáo hiện tại là tháng \\d\\d/\\d{4}\\): không lập báo cáo\\.")
                .doesNotContain("Exception");
        assertThat(run("compare", "--area", "tp-bac-kan", "--period", "2099-Q1").exitCode()).isEqualTo(2);
        assertThat(run("status", "--period", "01/2099").exitCode()).isEqualTo(2);

        Run nothing = run("report", "--ward", "duc-xuan", "--year", "2020");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.output()).contains(
                "Phường Đức Xuân chưa có số liệu năm 2020 (từ ngày 01/01/2020 đến ngày 31/12/2020): không lập báo cáo.");
        assertThat(workspace.resolve("reports/archive/duc-xuan/2020")).doesNotExist();
        assertThat(workspace.resolve("reports/briefings/2020")).doesNotExist();
    }

    @Test
    @Order(4)
    void statusTakesTheMonthAsFilesWriteItAndTellsTimesInVietnam() {
        Run status = run("status", "--period", "03/2025", "--area", "tp-bac-kan");
        LocalDateTime hanoi = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("Tình hình nộp số liệu tháng 03/2025: Thành phố Bắc Kạn (hạn nộp: hết ngày 17/04/2025)",
                "Đúng hạn: 0/6; muộn: 5;");
        // loaded minutes ago: the time printed is Hà Nội's, though the tests run in UTC (seven hours behind)
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        String printed = line(status.output(), "Phường Đức Xuân");
        assertThat(List.of(hanoi, hanoi.minusMinutes(1), hanoi.minusMinutes(2), hanoi.minusMinutes(3)))
                .anyMatch(time -> printed.contains(time.format(minutes)));
        assertThat(YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"))).isAfter(YearMonth.of(2025, 3));
    }
}
