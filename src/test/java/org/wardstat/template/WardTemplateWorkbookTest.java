package org.wardstat.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.FileHeader;

class WardTemplateWorkbookTest {

    private static final int WARD_ROWS = 6;

    @TempDir
    Path folder;

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }

    private static List<String> allTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> texts.addAll(texts(row)));
        return texts;
    }

    @Test
    void hasADataSheetAndAnInstructionSheet() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Số liệu");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void headerNamesTheWardThePeriodAndEveryTypedIndicatorButNoRate() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            List<String> header = texts(workbook.getSheet("Số liệu").getRow(0));

            List<String> expected = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo"));
            BacKanTemplate.typedIndicators().forEach(indicator -> expected.add(indicator.nameVi()));
            assertThat(header).containsExactlyElementsOf(expected);
            assertThat(header).hasSize(3 + 28);
            assertThat(header.subList(3, 7)).containsExactly("Tội phạm về trật tự xã hội (số vụ xảy ra)",
                    "Tội phạm về trật tự xã hội (số vụ khám phá)", "Đối tượng phạm tội về trật tự xã hội bị xử lý",
                    "Án nghiêm trọng trở lên");
            assertThat(header.get(header.size() - 1)).isEqualTo("Diện tích làm việc của trụ sở");
            assertThat(header).noneMatch(name -> name.startsWith("Tỷ lệ"));

            FileHeader read = FileHeader.of(header, BacKanTemplate.CATALOG);
            assertThat(read.layout()).isEqualTo(FileHeader.Layout.WIDE);
            assertThat(read.ward()).isZero();
            assertThat(read.period()).isEqualTo(2);
            assertThat(read.columns()).extracting(FileHeader.Column::role)
                    .doesNotContain(FileHeader.Role.UNKNOWN, FileHeader.Role.DERIVED_RATE);
        }
    }

    @Test
    void headerRowIsBoldWrappedWithTheUnitInAComment() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            Row header = sheet.getRow(0);
            for (Cell cell : header) {
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
                assertThat(cell.getCellStyle().getLocked()).isTrue();
            }
            assertThat(header.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
            assertThat(header.getCell(3).getCellComment().getString().getString())
                    .isEqualTo("Mã chỉ tiêu: social_order_crimes\nĐơn vị tính: vụ\nCách tính: cộng dồn trong kỳ\nKiểu số: số nguyên");
            assertThat(header.getCell(header.getLastCellNum() - 1).getCellComment().getString().getString())
                    .isEqualTo("Mã chỉ tiêu: hq_floor_area\nĐơn vị tính: m²\nCách tính: số cuối kỳ\n"
                            + "Kiểu số: số thập phân (tối đa 1 chữ số sau dấu phẩy)");
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo("Phường Nguyễn Thị Minh Khai".length() * 256);
            assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(15 * 256);
        }
    }

    @Test
    void oneLockedPrefilledRowPerWardWithThePeriodAsText() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");

            assertThat(sheet.getLastRowNum()).isEqualTo(WARD_ROWS);
            List<List<String>> keys = new ArrayList<>();
            for (int r = 1; r <= WARD_ROWS; r++) {
                Row row = sheet.getRow(r);
                keys.add(texts(row).subList(0, 3));
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
                for (int c = 0; c < 3; c++) {
                    assertThat(row.getCell(c).getCellStyle().getLocked()).isTrue();
                    assertThat(row.getCell(c).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                    assertThat(row.getCell(c).getCellStyle().getFillForegroundColor())
                            .isEqualTo(IndexedColors.GREY_25_PERCENT.getIndex());
                }
                for (int c = 3; c < 3 + 28; c++) {
                    assertThat(row.getCell(c).getCellType()).as("indicator cells start empty").isEqualTo(CellType.BLANK);
                    assertThat(row.getCell(c).getCellStyle().getLocked()).isFalse();
                }
            }
            assertThat(keys).containsExactly(
                    List.of("duc-xuan", "Phường Đức Xuân", "01/2025"),
                    List.of("phung-chi-kien", "Phường Phùng Chí Kiên", "01/2025"),
                    List.of("huyen-tung", "Phường Huyền Tụng", "01/2025"),
                    List.of("nguyen-thi-minh-khai", "Phường Nguyễn Thị Minh Khai", "01/2025"),
                    List.of("xuat-hoa", "Phường Xuất Hóa", "01/2025"),
                    List.of("song-cau", "Phường Sông Cầu", "01/2025"));
            assertThat(sheet.getProtect()).as("locking takes effect").isTrue();
            assertThat(sheet.isAutoFilterLocked()).as("filtering stays allowed").isFalse();
        }
    }

    @Test
    void indicatorCellsAcceptOnlyNonNegativeNumbersWholeForCounts() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            List<XSSFDataValidation> validations = workbook.getSheet("Số liệu").getDataValidations();

            assertThat(validations).extracting(v -> v.getValidationConstraint().getValidationType(),
                    v -> v.getValidationConstraint().getOperator(), v -> v.getValidationConstraint().getFormula1(),
                    DataValidation::getErrorStyle, DataValidation::getShowErrorBox, DataValidation::getEmptyCellAllowed,
                    DataValidation::getErrorBoxTitle, DataValidation::getErrorBoxText)
                    .containsExactlyInAnyOrder(
                            tuple(ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL, "0", DataValidation.ErrorStyle.STOP,
                                    true, true, "Chỉ nhập số nguyên không âm",
                                    "Ô này chỉ nhận số nguyên từ 0 trở lên (0, 1, 2, …), không ghi chữ hay đơn vị tính. "
                                            + "Chưa có số liệu thì để trống."),
                            tuple(ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL, "0", DataValidation.ErrorStyle.STOP,
                                    true, true, "Chỉ nhập số không âm",
                                    "Ô này chỉ nhận số từ 0 trở lên; phần thập phân viết sau dấu phẩy, ví dụ 0,35. "
                                            + "Chưa có số liệu thì để trống."));

            List<Indicator> typed = BacKanTemplate.typedIndicators();
            for (XSSFDataValidation validation : validations) {
                boolean whole = validation.getValidationConstraint().getValidationType() == ValidationType.INTEGER;
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < typed.size(); i++) {
                    if ((typed.get(i).decimals() == 0) == whole) {
                        String column = CellReference.convertNumToColString(3 + i);
                        expected.add(column + "2:" + column + (1 + WARD_ROWS));
                    }
                }
                assertThat(validation.getRegions().getCellRangeAddresses()).extracting(CellRangeAddress::formatAsString)
                        .containsExactlyElementsOf(expected);
            }
            assertThat(validations).filteredOn(v -> v.getValidationConstraint().getValidationType() == ValidationType.DECIMAL)
                    .singleElement()
                    .satisfies(v -> assertThat(v.getRegions().getCellRangeAddresses()).extracting(CellRangeAddress::formatAsString)
                            .containsExactly(column("fire_damage") + "2:" + column("fire_damage") + "7",
                                    column("hq_floor_area") + "2:" + column("hq_floor_area") + "7"));
        }
    }

    private static String column(String code) {
        List<Indicator> typed = BacKanTemplate.typedIndicators();
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i).code().equals(code)) {
                return CellReference.convertNumToColString(3 + i);
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    void headerAndWardNamesStayInViewAndTheHeaderFilters() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            String lastColumn = CellReference.convertNumToColString(3 + 28 - 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + lastColumn + "7");
        }
    }

    @Test
    void aPrintedBlankFormIsLandscapeA4WithHeaderAndWardsOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 3);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("B:B");
        }
    }

    @Test
    void instructionsSayWhoFillsWhatAndHow() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            List<String> texts = allTexts(workbook.getSheet("Hướng dẫn"));

            assertThat(texts.get(0)).isEqualTo("Hướng dẫn điền số liệu an ninh, trật tự — Thành phố Bắc Kạn, kỳ báo cáo 01/2025");
            assertThat(texts).contains(
                    "1. Người điền: Công an các phường thuộc Thành phố Bắc Kạn. Mỗi phường điền số liệu của mình vào dòng "
                            + "có mã và tên phường mình trên trang “Số liệu”.",
                    "2. Mỗi dòng là số liệu của một phường trong một tháng; tệp này dành cho kỳ báo cáo 01/2025. "
                            + "Không thêm, xóa hay đổi thứ tự các dòng.",
                    "3. Chỉ tiêu nào chưa có số liệu thì để trống ô: ô trống nghĩa là “chưa báo cáo”, không phải số 0. "
                            + "Trong tháng không xảy ra vụ nào thì ghi 0.",
                    "6. Không sửa ba cột đầu (Mã đơn vị, Tên đơn vị, Kỳ báo cáo) và dòng tiêu đề: wardstat dựa vào đó "
                            + "để nhận đúng phường, kỳ báo cáo và chỉ tiêu.",
                    "8. Điền xong, lưu tệp dưới dạng Excel (.xlsx), không đổi tên các trang tính, rồi gửi về Công an "
                            + "Thành phố Bắc Kạn.");
            assertThat(String.join("\n", texts)).contains("số nguyên không âm", "dấu phẩy, ví dụ 0,35",
                    "“cộng dồn trong kỳ” ghi tổng số phát sinh trong tháng", "“số cuối kỳ” ghi số hiện có vào ngày cuối tháng",
                    "Các chỉ tiêu trên trang “Số liệu”");
        }
    }

    @Test
    void instructionsListTheTypedIndicatorsWithUnitKindAndNumberType() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi"))) {
            Sheet sheet = workbook.getSheet("Hướng dẫn");
            List<List<String>> table = new ArrayList<>();
            boolean inTable = false;
            for (Row row : sheet) {
                List<String> cells = texts(row);
                if (!cells.isEmpty() && cells.get(0).equals("Mã chỉ tiêu")) {
                    inTable = true;
                }
                if (inTable) {
                    table.add(cells);
                }
            }

            assertThat(table.get(0)).containsExactly("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Cách tính", "Kiểu số");
            assertThat(table).hasSize(1 + 28);
            assertThat(table.get(1)).containsExactly("social_order_crimes", "Tội phạm về trật tự xã hội (số vụ xảy ra)", "vụ",
                    "cộng dồn trong kỳ", "số nguyên");
            assertThat(table).contains(
                    List.of("fire_damage", "Cháy, nổ (thiệt hại)", "tỷ đồng", "cộng dồn trong kỳ",
                            "số thập phân (tối đa 2 chữ số sau dấu phẩy)"),
                    List.of("hotspots", "Tụ điểm phức tạp về hình sự, ma túy", "tụ điểm", "số cuối kỳ", "số nguyên"));
            assertThat(table).extracting(row -> row.get(0))
                    .doesNotContain("clearance_rate", "crime_reports_resolved_rate", "admin_on_time_rate", "admin_early_rate");
        }
    }

    @Test
    void inEnglishEverythingReadIsEnglishAndStillLoads() throws IOException {
        try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve("template.xlsx"), "en"))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Data");
            assertThat(workbook.getSheetName(1)).isEqualTo("Instructions");
            XSSFSheet data = workbook.getSheet("Data");
            List<String> header = texts(data.getRow(0));
            assertThat(header.subList(0, 5)).containsExactly("Ward code", "Ward name", "Period",
                    "Social-order crimes (cases occurred)", "Social-order crimes cleared");
            assertThat(texts(data.getRow(1)).subList(0, 3)).containsExactly("duc-xuan", "Duc Xuan ward", "01/2025");
            assertThat(data.getDataValidations()).extracting(DataValidation::getErrorBoxTitle)
                    .containsExactlyInAnyOrder("Whole numbers of 0 or more", "Numbers of 0 or more");
            assertThat(allTexts(workbook.getSheet("Instructions"))).contains(
                    "3. Leave a cell blank when there is no figure: a blank cell means “not reported”, not 0. "
                            + "Enter 0 when nothing happened in the month.");

            FileHeader read = FileHeader.of(header, BacKanTemplate.CATALOG);
            assertThat(read.layout()).isEqualTo(FileHeader.Layout.WIDE);
            assertThat(read.ward()).isZero();
            assertThat(read.period()).isEqualTo(2);
            assertThat(read.columns()).extracting(FileHeader.Column::role)
                    .doesNotContain(FileHeader.Role.UNKNOWN, FileHeader.Role.DERIVED_RATE);
        }
    }

    @Test
    void errorBoxesFitExcelsLimits() throws IOException {
        for (String language : List.of("vi", "en")) {
            try (XSSFWorkbook workbook = open(BacKanTemplate.write(folder.resolve(language + ".xlsx"), language))) {
                for (DataValidation validation : workbook.getSheetAt(0).getDataValidations()) {
                    assertThat(validation.getErrorBoxTitle()).hasSizeLessThanOrEqualTo(32);
                    assertThat(validation.getErrorBoxText()).hasSizeLessThanOrEqualTo(255);
                }
            }
        }
    }

    @Test
    void replacesAnEarlierFileWholeAndLeavesNoPartialFile() throws IOException {
        Path target = folder.resolve("mau.xlsx");
        Files.writeString(target, "bản cũ");

        BacKanTemplate.write(target, "vi");

        try (XSSFWorkbook workbook = open(target); Stream<Path> files = Files.list(folder)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Số liệu");
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void theTemplateHasTheFolderUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
        Path ordinary = Files.createFile(folder.resolve("binh-thuong.txt"));
        Path template = BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi");

        assertThat(Files.getPosixFilePermissions(template)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aTemplateNeedsAtLeastOneWard() {
        OrgUnit area = BacKanTemplate.AREA;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WardTemplateWorkbook.write(folder.resolve("x.xlsx"), area,
                List.of(), BacKanTemplate.INDICATORS, BacKanTemplate.PERIOD, org.wardstat.system.Messages.vietnamese()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(folder.resolve("x.xlsx")).doesNotExist();
    }
}
