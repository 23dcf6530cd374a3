package org.wardstat.rollout;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFileException;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.OrgUnit;

/**
 * Reads the two rollout files a user edits: the designations (which ward was selected and
 * recognised when, by which decision) and the targets per area. Each problem is reported with
 * the file, the line, the column and the reason; a file with one problem is refused whole.
 */
public final class RolloutFiles {

    /** The programme began with the provisional catalog of Quyết định 5764/QĐ-BCA-V05 of 13/7/2021. */
    public static final int FIRST_YEAR = 2021;
    /** Targets are plans, and no plan looks further ahead than this. */
    public static final int LAST_TARGET_YEAR = 2050;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RolloutFiles() {
    }

    /**
     * Columns ward_code, year_selected, year_recognised (blank while not recognised),
     * decision_number and decision_date (both blank unless recognised), and an optional note.
     */
    public static List<Designation> readDesignations(Path file, Catalog catalog, LocalDate today) {
        List<Designation> designations = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        for (CSVRecord row : CatalogFiles.records(file, "ward_code", "year_selected", "year_recognised", "decision_number", "decision_date")) {
            Cells cells = new Cells(file, row);
            OrgUnit ward = cells.unit("ward_code", catalog);
            if (!ward.isWard()) {
                throw cells.fail("ward_code", "“" + ward.code() + "” là cấp " + ward.level() + ", không phải phường");
            }
            Long earlier = lines.putIfAbsent(ward.code(), cells.line);
            if (earlier != null) {
                throw cells.fail("ward_code", "phường “" + ward.code() + "” đã có ở dòng " + earlier);
            }
            int selected = cells.year("year_selected", FIRST_YEAR, today.getYear());
            Integer recognised = cells.optionalYear("year_recognised", FIRST_YEAR, today.getYear());
            cells.existsIn(ward, "year_selected", selected);
            if (recognised != null && recognised < selected) {
                throw cells.fail("year_recognised", "năm công nhận " + recognised + " trước năm được chọn " + selected);
            }
            if (recognised != null) {
                cells.existsIn(ward, "year_recognised", recognised);
            }
            designations.add(new Designation(ward.code(), selected, recognised, decisionNumber(cells, recognised),
                    decisionDate(cells, recognised, today), cells.text("note")));
        }
        return designations;
    }

    /**
     * Columns area_code, year, lower_percent, upper_percent (30 and 50 for "30–50% by 2025";
     * 100 and 100 for "100% by 2030") and an optional note.
     */
    public static List<RolloutTarget> readTargets(Path file, Catalog catalog) {
        List<RolloutTarget> targets = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        for (CSVRecord row : CatalogFiles.records(file, "area_code", "year", "lower_percent", "upper_percent")) {
            Cells cells = new Cells(file, row);
            OrgUnit area = cells.unit("area_code", catalog);
            if (area.isWard()) {
                throw cells.fail("area_code", "“" + area.code() + "” là một phường; mục tiêu đặt cho địa bàn có các phường (tỉnh, thành phố, quận)");
            }
            if (catalog.wardsUnder(area).isEmpty()) {
                throw cells.fail("area_code", "địa bàn “" + area.code() + "” không có phường nào trong danh mục đơn vị");
            }
            int year = cells.year("year", FIRST_YEAR, LAST_TARGET_YEAR);
            Long earlier = lines.putIfAbsent(area.code() + " " + year, cells.line);
            if (earlier != null) {
                throw cells.fail("year", "mục tiêu năm " + year + " của “" + area.code() + "” đã có ở dòng " + earlier);
            }
            BigDecimal lower = cells.percent("lower_percent");
            BigDecimal upper = cells.percent("upper_percent");
            if (lower.compareTo(upper) > 0) {
                throw cells.fail("lower_percent", "cận dưới " + percent(lower) + " lớn hơn cận trên " + percent(upper));
            }
            targets.add(new RolloutTarget(area.code(), year, lower, upper, cells.text("note")));
        }
        checkTargetsDoNotFall(targets, lines, file);
        return targets;
    }

    /** A plan raises its share over the years: a later target below an earlier one is a typing error. */
    private static void checkTargetsDoNotFall(List<RolloutTarget> targets, Map<String, Long> lines, Path file) {
        List<RolloutTarget> sorted = targets.stream()
                .sorted(Comparator.comparing(RolloutTarget::areaCode).thenComparingInt(RolloutTarget::year)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            RolloutTarget before = sorted.get(i - 1);
            RolloutTarget target = sorted.get(i);
            if (before.areaCode().equals(target.areaCode()) && target.lowerPercent().compareTo(before.lowerPercent()) < 0) {
                throw new CatalogFileException(file, lines.get(target.areaCode() + " " + target.year()), "cột lower_percent: mục tiêu năm "
                        + target.year() + " (" + percent(target.lowerPercent()) + ") thấp hơn mục tiêu năm "
                        + before.year() + " (" + percent(before.lowerPercent()) + ") của “" + target.areaCode() + "”");
            }
        }
    }

    /** As the file has it, with a decimal comma: "32,5%". */
    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    private static String decisionNumber(Cells cells, Integer recognised) {
        String number = cells.text("decision_number");
        if (recognised == null && !number.isEmpty()) {
            throw cells.fail("decision_number", "có quyết định “" + number + "” nhưng không có năm công nhận (year_recognised)");
        }
        if (recognised != null && number.isEmpty()) {
            throw cells.fail("decision_number", "phường được công nhận năm " + recognised + " cần số quyết định, ví dụ 2878/QĐ-BCA");
        }
        return number.isEmpty() ? null : number;
    }

    private static LocalDate decisionDate(Cells cells, Integer recognised, LocalDate today) {
        LocalDate date = CatalogFiles.date(cells.row, "decision_date", cells.file);
        if (recognised == null && date != null) {
            throw cells.fail("decision_date", "có ngày quyết định nhưng không có năm công nhận (year_recognised)");
        }
        if (recognised == null) {
            return null;
        }
        if (date == null) {
            throw cells.fail("decision_date", "phường được công nhận năm " + recognised + " cần ngày ký quyết định");
        }
        if (date.getYear() < recognised) {
            throw cells.fail("decision_date", "quyết định ngày " + date.format(DAY) + " có trước năm được công nhận " + recognised);
        }
        if (date.isAfter(today)) {
            throw cells.fail("decision_date", "ngày quyết định " + date.format(DAY) + " ở tương lai");
        }
        return date;
    }

    /** One row's cells, and the problems found in them with the file, line and column. */
    private static final class Cells {

        final Path file;
        final CSVRecord row;
        final long line;

        Cells(Path file, CSVRecord row) {
            this.file = file;
            this.row = row;
            this.line = row.getRecordNumber() + 1;
        }

        CatalogFileException fail(String column, String reason) {
            return new CatalogFileException(file, line, "cột " + column + ": " + reason);
        }

        String text(String column) {
            return row.isMapped(column) ? row.get(column).trim() : "";
        }

        OrgUnit unit(String column, Catalog catalog) {
            String code = text(column);
            if (code.isEmpty()) {
                throw fail(column, "thiếu mã đơn vị");
            }
            return catalog.unit(code).orElseThrow(() -> fail(column, "không có đơn vị mã “" + code + "” trong danh mục đơn vị"));
        }

        Integer optionalYear(String column, int first, int last) {
            return text(column).isEmpty() ? null : year(column, first, last);
        }

        int year(String column, int first, int last) {
            String text = text(column);
            if (text.isEmpty()) {
                throw fail(column, "thiếu năm");
            }
            if (!YEAR.matcher(text).matches()) {
                throw fail(column, "“" + text + "” không phải là năm (viết 4 chữ số, ví dụ 2024)");
            }
            int year = Integer.parseInt(text);
            if (year < first || year > last) {
                throw fail(column, "năm " + year + " nằm ngoài khoảng " + first + "–" + last);
            }
            return year;
        }

        BigDecimal percent(String column) {
            String text = text(column);
            Matcher matcher = PERCENT.matcher(text);
            if (!matcher.matches()) {
                throw fail(column, text.isEmpty() ? "thiếu tỷ lệ phần trăm" : "“" + text + "” không phải là tỷ lệ phần trăm (ví dụ 30 hoặc 32,5)");
            }
            BigDecimal percent = new BigDecimal(matcher.group(1).replace(',', '.'));
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw fail(column, "tỷ lệ " + RolloutFiles.percent(percent) + " nằm ngoài khoảng 0–100%");
            }
            return percent;
        }

        /** A ward is selected or recognised in a year it exists in (merged wards end, new ones begin). */
        void existsIn(OrgUnit ward, String column, int year) {
            if (!ward.existsDuring(YearMonth.of(year, 1), YearMonth.of(year, 12))) {
                String validity = ward.validFrom() != null && ward.validFrom().getYear() > year
                        ? "chỉ có từ ngày " + ward.validFrom().format(DAY) : "đã hết hiệu lực sau ngày " + ward.validTo().format(DAY);
                throw fail(column, "phường “" + ward.code() + "” không tồn tại trong năm " + year + " (" + validity + ")");
            }
        }
    }
}
