package org.wardstat.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/** The workbook as a reader opens it: written, read back with POI, cells and their cached values asserted. */
class ReportWorkbookTest {

    /** Where the workbooks are kept for the LibreOffice check (.ci/CheckWorkbooks.java) and a look. */
    static final Path KEPT = Path.of("target", "workbooks");

    static XSSFWorkbook area;
    static XSSFWorkbook ward;
    static XSSFWorkbook english;

    @BeforeAll
    static void write() throws IOException {
        area = roundTrip(ReportFixtures.area(), Messages.vietnamese(), "area-vi.xlsx");
        ward = roundTrip(ReportFixtures.ward(), Messages.vietnamese(), "ward-vi.xlsx");
        english = roundTrip(ReportFixtures.area(), Messages.forLanguage("en"), "area-en.xlsx");
    }

    private static XSSFWorkbook roundTrip(ReportContent content, Messages messages, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWorkbook.write(content, messages, bytes);
        Files.createDirectories(KEPT);
        try (OutputStream out = Files.newOutputStream(KEPT.resolve(name))) {
            out.write(bytes.toByteArray());
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static XSSFCell cell(XSSFSheet sheet, String address) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    @Test
    void anAreaHasEverySheetAWardHasItsCriteria() {
        assertThat(sheetNames(area)).containsExactly("Tóm tắt", "Chỉ tiêu", "Biểu đồ tháng", "Ma trận tiêu chí",
                "Xếp hạng", "Lộ trình", "Số liệu tháng");
        assertThat(sheetNames(ward)).containsExactly("Tóm tắt", "Chỉ tiêu", "Biểu đồ tháng", "Tiêu chí", "Số liệu tháng");
    }

    @Test
    void theSummaryCarriesTheTextsAndTheProvenance() {
        XSSFSheet summary = area.getSheet("Tóm tắt");
        List<String> texts = new ArrayList<>();
        summary.forEach(row -> row.forEach(c -> texts.add(c.getStringCellValue())));
        assertThat(texts).contains("Tình hình an ninh, trật tự Thành phố Bắc Kạn, năm 2025", "Thành phố Bắc Kạn (bac-kan)",
                "Năm 2025 (từ 01/01/2025 đến 31/12/2025)", "Số phường có số liệu: 3/3 (cùng kỳ 2/3)",
                "1/3 phường đạt đủ tiêu chí", "4/6 phường được công nhận (66,67%), vượt mục tiêu 30–50% năm 2025.",
                "Lần nạp số liệu gần nhất", "bac-kan-2025.csv, nạp lúc 04/01/2026 08:15", "run-42", "05/01/2026 09:30");
        assertThat(texts).anyMatch(t -> t.startsWith("Tội phạm về trật tự xã hội xảy ra 24 vụ, giảm 7 vụ"));
    }

    @Test
    void changesAreLiveFormulasWithCachedValues() {
        XSSFSheet sheet = area.getSheet("Chỉ tiêu");
        assertThat(cell(sheet, "A4").getStringCellValue()).isEqualTo("Chỉ tiêu");
        assertThat(cell(sheet, "C4").getStringCellValue()).isEqualTo("Năm 2025");
        assertThat(cell(sheet, "D4").getStringCellValue()).isEqualTo("Cùng kỳ 2024");
        // a fall: 24 against 31
        assertThat(cell(sheet, "C5").getNumericCellValue()).isEqualTo(24);
        assertThat(cell(sheet, "E5").getCellFormula()).isEqualTo("IF(OR(ISBLANK(C5),ISBLANK(D5)),\"\",C5-D5)");
        assertThat(cell(sheet, "E5").getNumericCellValue()).isEqualTo(-7);
        assertThat(cell(sheet, "F5").getCellFormula()).contains("IF(D5=0,\"không xác định (cùng kỳ bằng 0)\",(C5-D5)/D5)");
        assertThat(cell(sheet, "F5").getNumericCellValue()).isCloseTo(-7 / 31.0, within(1e-9));
        assertThat(cell(sheet, "F5").getCellStyle().getDataFormatString()).isEqualTo("+0.0%;-0.0%;0.0%");
        // a rate: stored as a fraction shown in percent, change in points, no percentage
        assertThat(cell(sheet, "C6").getNumericCellValue()).isCloseTo(0.834, within(1e-12));
        assertThat(cell(sheet, "C6").getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(cell(sheet, "E6").getCellFormula()).isEqualTo("IF(OR(ISBLANK(C6),ISBLANK(D6)),\"\",(C6-D6)*100)");
        assertThat(cell(sheet, "E6").getNumericCellValue()).isCloseTo(3.4, within(1e-9));
        assertThat(cell(sheet, "E6").getCellStyle().getDataFormatString()).contains("điểm %");
        assertThat(cell(sheet, "F6").getCellType()).isEqualTo(CellType.BLANK);
        // a zero base: words, not #DIV/0!
        assertThat(cell(sheet, "E7").getNumericCellValue()).isEqualTo(3);
        assertThat(cell(sheet, "F7").getCachedFormulaResultType()).isEqualTo(CellType.STRING);
        assertThat(cell(sheet, "F7").getStringCellValue()).isEqualTo("không xác định (cùng kỳ bằng 0)");
        // a row that cannot be compared: its figures, and no change, percentage or p-value at all
        assertThat(cell(sheet, "C8").getNumericCellValue()).isEqualTo(5);
        assertThat(cell(sheet, "D8").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(List.of(cell(sheet, "E8"), cell(sheet, "F8"), cell(sheet, "G8"))).extracting(XSSFCell::getCellType)
                .containsOnly(CellType.BLANK);
        assertThat(cell(sheet, "H8").getStringCellValue()).isEqualTo("không so sánh được");
        assertThat(cell(sheet, "I8").getStringCellValue()).startsWith("không so sánh được (không phường nào có số liệu cả hai kỳ");
        // decimals and thousands; an amount of money and a stock have no test
        assertThat(cell(sheet, "E9").getNumericCellValue()).isCloseTo(-2.58, within(1e-9));
        assertThat(cell(sheet, "C9").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(cell(sheet, "G9").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(cell(sheet, "C10").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(cell(sheet, "G10").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(cell(sheet, "I10").getStringCellValue()).isEqualTo("trên 2/3 phường");
        assertThat(cell(sheet, "J10").getStringCellValue()).isEqualTo("TLG");
    }

    @Test
    void theExactTestIsALiveFormulaCarryingTheValueThePdfPrints() {
        XSSFSheet sheet = area.getSheet("Chỉ tiêu");
        assertThat(cell(sheet, "G4").getStringCellValue()).isEqualTo("Giá trị p");
        // 31 → 24: p = 2 · P(X ≤ 24 | n = 55, ½) = 0,41875…, "0,419" in the PDF
        assertThat(cell(sheet, "G5").getCellFormula()).isEqualTo(
                "IF(OR(ISBLANK(C5),ISBLANK(D5)),\"\",IF(C5+D5=0,1,MIN(1,2*_xlfn.BINOM.DIST(MIN(C5,D5),C5+D5,0.5,TRUE))))");
        assertThat(cell(sheet, "G5").getNumericCellValue()).isCloseTo(0.418754188269016, within(1e-12));
        assertThat(cell(sheet, "G5").getCellStyle().getDataFormatString()).isEqualTo("[<0.001]0.0E+00;0.000");
        assertThat(cell(sheet, "H5").getCellFormula()).isEqualTo(
                "IF(G5=\"\",\"\",IF(G5<0.01,\"thay đổi rõ rệt\",IF(G5<0.05,\"đáng chú ý\",\"dao động bình thường\")))");
        assertThat(cell(sheet, "H5").getStringCellValue()).isEqualTo("dao động bình thường");
        // 0 → 3: 2 · 1/8
        assertThat(cell(sheet, "G7").getNumericCellValue()).isCloseTo(0.25, within(1e-15));
        // a rate has none
        assertThat(cell(sheet, "G6").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(cell(sheet, "H6").getCellType()).isEqualTo(CellType.BLANK);

        XSSFSheet ranking = area.getSheet("Xếp hạng");
        assertThat(cell(ranking, "H4").getStringCellValue()).isEqualTo("Giá trị p");
        assertThat(cell(ranking, "H6").getCellFormula()).contains("_xlfn.BINOM.DIST(MIN(D6,E6),D6+E6,0.5,TRUE)");
        assertThat(cell(ranking, "H6").getNumericCellValue()).isCloseTo(2 / 32.0, within(1e-15)); // 0 → 5
        assertThat(cell(ranking, "I6").getStringCellValue()).isEqualTo("dao động bình thường");
    }

    @Test
    void aRiseOfALowerIsBetterIndicatorIsAWarningAndOfAHigherIsBetterOneGood() {
        XSSFSheet sheet = area.getSheet("Chỉ tiêu");
        var formatting = sheet.getSheetConditionalFormatting();
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            ranges.add(Arrays.stream(formatting.getConditionalFormattingAt(i).getFormattingRanges())
                    .map(CellRangeAddress::formatAsString).toList().toString());
        }
        // one set of rules per run of rows agreeing on which way is better: LOWER, HIGHER, LOWER ×3, HIGHER
        assertThat(ranges).containsExactly("[E5:F5]", "[E6:F6]", "[E7:F9]", "[E10:F10]");
        ConditionalFormatting lower = formatting.getConditionalFormattingAt(0);
        assertThat(rule(lower, 0).getFormula1()).isEqualTo("AND(ISNUMBER($E5),$E5>0)");
        assertThat(fill(rule(lower, 0))).isEqualTo("FFC7CE");
        assertThat(rule(lower, 1).getFormula1()).isEqualTo("AND(ISNUMBER($E5),$E5<0)");
        assertThat(fill(rule(lower, 1))).isEqualTo("C6EFCE");
        ConditionalFormatting higher = formatting.getConditionalFormattingAt(1);
        assertThat(rule(higher, 0).getFormula1()).isEqualTo("AND(ISNUMBER($E6),$E6<0)");
        assertThat(fill(rule(higher, 0))).isEqualTo("FFC7CE");
        assertThat(rule(higher, 1).getFormula1()).isEqualTo("AND(ISNUMBER($E6),$E6>0)");
        assertThat(fill(rule(higher, 1))).isEqualTo("C6EFCE");
    }

    private static XSSFConditionalFormattingRule rule(ConditionalFormatting formatting, int index) {
        return (XSSFConditionalFormattingRule) formatting.getRule(index);
    }

    private static String fill(XSSFConditionalFormattingRule rule) {
        return org.apache.poi.util.HexDump.toHex(((org.apache.poi.xssf.usermodel.XSSFColor) rule.getPatternFormatting()
                .getFillBackgroundColorColor()).getRGB()).replaceAll("[^0-9A-F]", "").replace("0x", "").substring(0, 6);
    }

    @Test
    void textFromDataNeverBecomesAFormula() {
        XSSFSheet ranking = area.getSheet("Xếp hạng");
        XSSFCell evil = cell(ranking, "C7");
        assertThat(evil.getCellType()).isEqualTo(CellType.STRING);
        assertThat(evil.getStringCellValue()).isEqualTo(ReportFixtures.INJECTION);
        assertThat(evil.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(cell(ranking, "B7").getStringCellValue()).isEqualTo(ReportFixtures.PLUS);
        assertThat(cell(ranking, "B7").getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(cell(ranking, "C5").getCellStyle().getQuotePrefixed()).isFalse();

        XSSFSheet matrix = area.getSheet("Ma trận tiêu chí");
        assertThat(cell(matrix, "B6").getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell(matrix, "B6").getStringCellValue()).isEqualTo(ReportFixtures.INJECTION);
        // the criteria's names under the matrix: "@SUM(A1)" is the second
        assertThat(cell(matrix, "B12").getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell(matrix, "B12").getStringCellValue()).isEqualTo(ReportFixtures.AT);
        assertThat(cell(matrix, "B12").getCellStyle().getQuotePrefixed()).isTrue();

        XSSFSheet monthly = area.getSheet("Số liệu tháng");
        assertThat(cell(monthly, "B4").getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell(monthly, "B4").getStringCellValue()).isEqualTo(ReportFixtures.INJECTION);
        // nowhere in the workbook is there a formula naming HYPERLINK or SUM
        area.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.FORMULA) {
                assertThat(c.getCellFormula()).doesNotContain("HYPERLINK", "SUM(");
            }
        })));
    }

    @Test
    void theMatrixCountsMarksPerWardAndPerCriterion() {
        XSSFSheet sheet = area.getSheet("Ma trận tiêu chí");
        assertThat(cell(sheet, "C4").getStringCellValue()).isEqualTo("TC 1");
        assertThat(cell(sheet, "F4").getStringCellValue()).isEqualTo("TC 6");
        assertThat(cell(sheet, "D6").getStringCellValue()).isEqualTo("Không");
        assertThat(cell(sheet, "F6").getStringCellValue()).isEqualTo("Chưa ĐG");
        assertThat(cell(sheet, "G5").getCellFormula()).isEqualTo("COUNTIF(C5:F5,\"Đạt\")");
        // criteria met per ward, as the content counts them
        List<ReportContent.MatrixRow> rows = ReportFixtures.area().area().matrix().rows();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(cell(sheet, "G" + (5 + i)).getNumericCellValue()).isEqualTo(rows.get(i).met());
            assertThat(cell(sheet, "H" + (5 + i)).getNumericCellValue()).isEqualTo(rows.get(i).total());
        }
        // wards meeting each criterion
        assertThat(cell(sheet, "B8").getStringCellValue()).isEqualTo("Số phường đạt");
        assertThat(cell(sheet, "C8").getCellFormula()).isEqualTo("COUNTIF(C5:C7,\"Đạt\")");
        assertThat(List.of(cell(sheet, "C8"), cell(sheet, "D8"), cell(sheet, "E8"), cell(sheet, "F8")))
                .extracting(XSSFCell::getNumericCellValue).containsExactly(3.0, 1.0, 2.0, 1.0);
        var formatting = sheet.getSheetConditionalFormatting();
        assertThat(formatting.getConditionalFormattingAt(0).getFormattingRanges()).containsExactly(CellRangeAddress.valueOf("C5:F7"));
        assertThat(rule(formatting.getConditionalFormattingAt(0), 0).getFormula1()).isEqualTo("\"Đạt\"");
        assertThat(rule(formatting.getConditionalFormattingAt(0), 1).getFormula1()).isEqualTo("\"Không\"");
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
        assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
    }

    @Test
    void aWardsCriteriaAreCountedPerGroupWithFormulas() {
        XSSFSheet sheet = ward.getSheet("Tiêu chí");
        assertThat(cell(sheet, "A3").getStringCellValue()).isEqualTo("Phường Đức Xuân đạt 3/5 tiêu chí");
        assertThat(cell(sheet, "C9").getStringCellValue()).isEqualTo("Diện tích trụ sở");
        assertThat(cell(sheet, "D9").getStringCellValue()).isEqualTo("Không đạt");
        assertThat(cell(sheet, "E9").getStringCellValue()).isEqualTo("120 m² < 200 m²");
        // the group table starts two rows under the list: title, header, then groups from row 13
        assertThat(cell(sheet, "D13").getCellFormula()).isEqualTo("COUNTIFS($A$5:$A$9,A13,$D$5:$D$9,\"Đạt\")");
        assertThat(cell(sheet, "E13").getCellFormula()).isEqualTo("COUNTIF($A$5:$A$9,A13)");
        List<ReportContent.GroupRow> groups = ReportFixtures.ward().attainment().groups();
        for (int i = 0; i < groups.size(); i++) {
            assertThat(cell(sheet, "C" + (13 + i)).getStringCellValue()).isEqualTo(groups.get(i).name());
            assertThat(cell(sheet, "D" + (13 + i)).getNumericCellValue()).isEqualTo(groups.get(i).met());
            assertThat(cell(sheet, "E" + (13 + i)).getNumericCellValue()).isEqualTo(groups.get(i).total());
        }
        var formatting = sheet.getSheetConditionalFormatting();
        assertThat(formatting.getConditionalFormattingAt(0).getFormattingRanges()).containsExactly(CellRangeAddress.valueOf("D5:D9"));
        assertThat(rule(formatting.getConditionalFormattingAt(0), 0).getFormula1()).isEqualTo("$D5=\"Đạt\"");
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:E9");
    }

    @Test
    void rankingAndRolloutComputeLive() {
        XSSFSheet ranking = area.getSheet("Xếp hạng");
        assertThat(cell(ranking, "F5").getCellFormula()).isEqualTo("IF(OR(ISBLANK(D5),ISBLANK(E5)),\"\",D5-E5)");
        assertThat(cell(ranking, "F5").getNumericCellValue()).isEqualTo(-7);
        assertThat(cell(ranking, "G6").getStringCellValue()).isEqualTo("không xác định (cùng kỳ bằng 0)");
        // the ward that cannot be compared: no change, no p-value, and no bar in the chart
        assertThat(List.of(cell(ranking, "F7"), cell(ranking, "G7"), cell(ranking, "H7"))).extracting(XSSFCell::getCellType)
                .containsOnly(CellType.BLANK);
        assertThat(cell(ranking, "I7").getStringCellValue()).isEqualTo("không so sánh được");
        assertThat(cell(ranking, "A7").getStringCellValue()).isEqualTo("\u2013");

        XSSFSheet rollout = area.getSheet("Lộ trình");
        assertThat(cell(rollout, "E5").getCellFormula()).isEqualTo("IF(B5=0,\"\",D5/B5)");
        assertThat(cell(rollout, "E5").getNumericCellValue()).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(cell(rollout, "E7").getNumericCellValue()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(cell(rollout, "E8").getStringCellValue()).isEmpty(); // no wards that year
        assertThat(cell(rollout, "F5").getCellType()).isEqualTo(CellType.BLANK); // no band
        assertThat(cell(rollout, "F6").getNumericCellValue()).isEqualTo(0.3);
        assertThat(cell(rollout, "G6").getNumericCellValue()).isEqualTo(0.5);
        assertThat(cell(rollout, "I7").getStringCellValue()).isEqualTo("vượt mục tiêu");
    }

    @Test
    void monthlyValuesAreNumbersAndAGapIsEmpty() {
        XSSFSheet sheet = area.getSheet("Số liệu tháng");
        assertThat(cell(sheet, "D1").getStringCellValue()).isEqualTo("Tội phạm về trật tự xã hội");
        assertThat(cell(sheet, "C3").getStringCellValue()).isEqualTo("2025-02");
        assertThat(cell(sheet, "D3").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(sheet, "D3").getNumericCellValue()).isEqualTo(3);
        assertThat(cell(sheet, "E3").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E5");
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
    }

    @Test
    void chartsAreNativeAndReadTheirSheetsCells() {
        assertThat(charts(area, "Tóm tắt")).isEmpty();
        assertThat(charts(area, "Chỉ tiêu")).isEmpty();
        List<XSSFChart> monthly = charts(area, "Biểu đồ tháng");
        assertThat(monthly).hasSize(1);
        var lines = monthly.get(0).getChartSeries();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getSeriesCount()).isEqualTo(2);
        assertThat(lines.get(0).getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'Biểu đồ tháng'!$A$4:$A$15");
        assertThat(lines.get(0).getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Biểu đồ tháng'!$B$4:$B$15");
        assertThat(lines.get(0).getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("'Biểu đồ tháng'!$C$4:$C$15");
        assertThat(xml(monthly.get(0))).contains("<c:f>'Biểu đồ tháng'!$B$3</c:f>", "<c:v>Năm 2025</c:v>", "<c:dispBlanksAs val=\"gap\"/>");

        List<XSSFChart> ranking = charts(area, "Xếp hạng");
        assertThat(ranking).hasSize(1);
        var bars = ranking.get(0).getChartSeries().get(0);
        assertThat(bars).isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class);
        assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'Xếp hạng'!$C$5:$C$7");
        assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Xếp hạng'!$F$5:$F$7");
        // an explicit fill for the series, and per bar: the fall green, the rise red
        String rankingXml = xml(ranking.get(0));
        assertThat(rankingXml).contains("<c:f>'Xếp hạng'!$F$4</c:f>", "1F4E79", "2E7D32", "C0392B");

        List<XSSFChart> rollout = charts(area, "Lộ trình");
        assertThat(rollout).hasSize(1);
        var data = rollout.get(0).getChartSeries();
        assertThat(data).hasSize(2); // bars of the share, lines of the band
        assertThat(data.get(0).getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Lộ trình'!$E$5:$E$8");
        assertThat(data.get(1).getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Lộ trình'!$F$5:$F$8");
        assertThat(data.get(1).getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("'Lộ trình'!$G$5:$G$8");
        assertThat(xml(rollout.get(0))).contains("<c:f>'Lộ trình'!$E$4</c:f>", "1F4E79", "C0504D");

        assertThat(charts(ward, "Biểu đồ tháng")).hasSize(1);
        assertThat(charts(ward, "Tiêu chí")).isEmpty();
    }

    private static List<XSSFChart> charts(XSSFWorkbook workbook, String sheet) {
        var drawing = workbook.getSheet(sheet).getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    private static String xml(XSSFChart chart) {
        return chart.getCTChartSpace().xmlText();
    }

    @Test
    void everyTableSheetIsFrozenFilteredAndPrintsOnA4Landscape() {
        for (XSSFWorkbook workbook : List.of(area, ward)) {
            for (var sheet : workbook) {
                XSSFSheet table = (XSSFSheet) sheet;
                PrintSetup print = table.getPrintSetup();
                assertThat(print.getLandscape()).as(table.getSheetName()).isTrue();
                assertThat(print.getPaperSize()).as(table.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getFitWidth()).as(table.getSheetName()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as(table.getSheetName()).isEqualTo((short) 0);
                if (!table.getSheetName().equals("Tóm tắt")) {
                    assertThat(table.getPaneInformation()).as(table.getSheetName()).isNotNull();
                    assertThat(table.getCTWorksheet().isSetAutoFilter()).as(table.getSheetName()).isTrue();
                    assertThat(table.getRepeatingRows()).as(table.getSheetName()).isNotNull();
                }
            }
        }
        XSSFSheet indicators = area.getSheet("Chỉ tiêu");
        assertThat(indicators.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
        assertThat(indicators.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:J10");
        assertThat(indicators.getRepeatingRows().formatAsString()).isEqualTo("4:4");
        assertThat(indicators.getColumnWidth(0)).isEqualTo(40 * 256);
        assertThat(area.getSheet("Xếp hạng").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:I7");
        assertThat(area.getSheet("Lộ trình").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:I8");
        assertThat(area.getSheet("Ma trận tiêu chí").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:H7");
    }

    @Test
    void theMonthlyDataPrintsADozenIndicatorsAPageWide() {
        assertThat(area.getSheet("Số liệu tháng").getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(MonthlySheet.pagesWide(12)).isEqualTo(1);
        assertThat(MonthlySheet.pagesWide(30)).isEqualTo(3);
        assertThat(area.getSheet("Số liệu tháng").getRepeatingColumns().formatAsString()).isEqualTo("B:C");
    }

    @Test
    void speaksEnglishOnRequest() {
        assertThat(sheetNames(english)).containsExactly("Summary", "Indicators", "Monthly chart", "Criteria matrix",
                "Ranking", "Rollout", "Monthly data");
        XSSFSheet sheet = english.getSheet("Indicators");
        assertThat(List.of(cell(sheet, "A4"), cell(sheet, "B4"), cell(sheet, "E4"), cell(sheet, "F4"), cell(sheet, "G4"), cell(sheet, "H4")))
                .extracting(XSSFCell::getStringCellValue).containsExactly("Indicator", "Unit", "Change", "% change", "p-value", "Significance");
        assertThat(cell(sheet, "H5").getStringCellValue()).isEqualTo("within normal variation");
        assertThat(cell(sheet, "F7").getStringCellValue()).isEqualTo("undefined (same period was 0)");
        assertThat(cell(sheet, "E6").getCellStyle().getDataFormatString()).contains("pp");
        XSSFSheet matrix = english.getSheet("Criteria matrix");
        assertThat(cell(matrix, "C4").getStringCellValue()).isEqualTo("C 1");
        assertThat(cell(matrix, "C5").getStringCellValue()).isEqualTo("Met");
        assertThat(cell(matrix, "G5").getCellFormula()).isEqualTo("COUNTIF(C5:F5,\"Met\")");
        assertThat(cell(matrix, "G6").getNumericCellValue()).isEqualTo(2);
        assertThat(cell(english.getSheet("Summary"), "A12").getStringCellValue()).isNotBlank();
    }
}
