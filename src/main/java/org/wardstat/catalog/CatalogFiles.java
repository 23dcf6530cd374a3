package org.wardstat.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.nio.charset.StandardCharsets;
import org.wardstat.system.TextFiles;

/**
 * Reads the vocabulary files a user edits: {@code indicators.csv} and the org-unit file.
 * Every problem is reported with the file and line, and nothing is half-read: a file is
 * either entirely valid or refused.
 */
public final class CatalogFiles {

    private static final Set<String> LEVELS = Set.of("country", "province", "district", "ward", "commune", "special_zone");

    private CatalogFiles() {
    }

    public static List<Indicator> readIndicators(Path file) {
        List<Indicator> indicators = new ArrayList<>();
        for (CSVRecord row : records(file, "code", "name_vi", "name_en", "unit_vi", "unit_en", "kind", "better", "decimals", "numerator", "denominator")) {
            long line = row.getRecordNumber() + 1;
            Indicator.Kind kind = parseEnum(Indicator.Kind.class, row.get("kind"), file, line, "kind");
            Indicator.Better better = parseEnum(Indicator.Better.class, row.get("better"), file, line, "better");
            int decimals;
            try {
                decimals = Integer.parseInt(row.get("decimals").trim());
            } catch (NumberFormatException e) {
                throw new CatalogFileException(file, line, "cột decimals phải là số nguyên 0–4, gặp '" + row.get("decimals") + "'");
            }
            String numerator = blankToNull(row.get("numerator"));
            String denominator = blankToNull(row.get("denominator"));
            if ((kind == Indicator.Kind.RATE) != (numerator != null && denominator != null)) {
                throw new CatalogFileException(file, line, "chỉ tiêu tỷ lệ (rate) cần cả numerator và denominator; chỉ tiêu khác không có");
            }
            indicators.add(new Indicator(required(row, "code", file), indicators.size() + 1,
                    required(row, "name_vi", file), required(row, "name_en", file),
                    row.get("unit_vi").trim(), row.get("unit_en").trim(), kind, better, decimals, numerator, denominator));
        }
        checkIndicatorReferences(indicators, file);
        return indicators;
    }

    public static List<OrgUnit> readOrgUnits(Path file) {
        Map<String, OrgUnit> units = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (CSVRecord row : records(file, "code", "parent_code", "level", "name_vi", "name_en")) {
            long line = row.getRecordNumber() + 1;
            String code = required(row, "code", file);
            String level = required(row, "level", file).toLowerCase(Locale.ROOT);
            if (!LEVELS.contains(level)) {
                throw new CatalogFileException(file, line, "cấp '" + level + "' không hợp lệ, dùng một trong " + LEVELS);
            }
            if (units.containsKey(code)) {
                throw new CatalogFileException(file, line, "mã đơn vị '" + code + "' bị trùng");
            }
            units.put(code, new OrgUnit(code, blankToNull(row.get("parent_code")), level,
                    required(row, "name_vi", file), required(row, "name_en", file),
                    date(row, "valid_from", file), date(row, "valid_to", file), predecessors(row)));
            checkValidity(units.get(code), file, line);
            lines.put(code, line);
        }
        checkPredecessors(units, lines, file);
        return List.copyOf(units.values());
    }

    /** A date column such as valid_from and valid_to: 2025-07-01 or 01/07/2025; blank (or no column) gives null. */
    public static LocalDate date(CSVRecord row, String column, Path file) {
        String text = row.isMapped(column) ? row.get(column).trim() : "";
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new CatalogFileException(file, row.getRecordNumber() + 1,
                "ngày '" + text + "' ở cột " + column + " không hợp lệ (dùng 2025-07-01 hoặc 01/07/2025)");
    }

    /** Optional column predecessors: the codes of the units a merged or renamed unit replaced, separated by ';'. */
    private static List<String> predecessors(CSVRecord row) {
        String text = row.isMapped("predecessors") ? row.get("predecessors").trim() : "";
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void checkValidity(OrgUnit unit, Path file, long line) {
        if (unit.validFrom() != null && unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
            throw new CatalogFileException(file, line, "đơn vị '" + unit.code() + "' có ngày hết hiệu lực trước ngày bắt đầu");
        }
        if (!unit.predecessors().isEmpty() && unit.validFrom() == null) {
            throw new CatalogFileException(file, line, "đơn vị '" + unit.code() + "' thay thế đơn vị khác nên cần ngày bắt đầu (valid_from)");
        }
    }

    /**
     * A unit formed by a merger takes over its predecessors' history, so each predecessor must
     * have ended before the new unit began: otherwise a month would be counted twice.
     */
    private static void checkPredecessors(Map<String, OrgUnit> units, Map<String, Long> lines, Path file) {
        for (OrgUnit unit : units.values()) {
            long line = lines.get(unit.code());
            for (String code : unit.predecessors()) {
                OrgUnit predecessor = units.get(code);
                if (predecessor == null) {
                    throw new CatalogFileException(file, line, "đơn vị tiền thân '" + code + "' của '" + unit.code() + "' không có trong tệp");
                }
                if (predecessor.validTo() == null || !predecessor.lastMonth().isBefore(unit.firstMonth())) {
                    throw new CatalogFileException(file, line, "đơn vị tiền thân '" + code + "' phải hết hiệu lực trước tháng "
                            + unit.firstMonth() + " khi '" + unit.code() + "' bắt đầu");
                }
            }
        }
    }

    private static void checkIndicatorReferences(List<Indicator> indicators, Path file) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            if (byCode.put(indicator.code(), indicator) != null) {
                throw new CatalogFileException(file, indicator.position() + 1, "mã chỉ tiêu '" + indicator.code() + "' bị trùng");
            }
        }
        for (Indicator indicator : indicators) {
            if (!indicator.isRate()) {
                continue;
            }
            for (String part : List.of(indicator.numerator(), indicator.denominator())) {
                Indicator referenced = byCode.get(part);
                if (referenced == null || referenced.kind() != Indicator.Kind.FLOW) {
                    throw new CatalogFileException(file, indicator.position() + 1,
                            "tỷ lệ '" + indicator.code() + "' phải dựa trên chỉ tiêu dạng flow có trong danh mục, không có '" + part + "'");
                }
            }
        }
    }

    /**
     * The rows of a vocabulary CSV file (UTF-8, with or without BOM, a header row) after checking
     * that the header has the required columns and that every row has as many cells as it.
     */
    public static List<CSVRecord> records(Path file, String... requiredColumns) {
        try (Reader reader = TextFiles.open(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
            Set<String> present = new HashSet<>(parser.getHeaderNames());
            for (String column : requiredColumns) {
                if (!present.contains(column)) {
                    throw new CatalogFileException(file, 1, "thiếu cột '" + column + "'");
                }
            }
            List<CSVRecord> rows = parser.getRecords();
            for (CSVRecord row : rows) {
                if (!row.isConsistent()) {
                    throw new CatalogFileException(file, row.getRecordNumber() + 1, "số cột không khớp với dòng tiêu đề");
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + file, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof CatalogFileException) {
                throw e;
            }
            throw new CatalogFileException(file, 0, "tệp CSV không hợp lệ: " + e.getMessage());
        }
    }

    private static String required(CSVRecord row, String column, Path file) {
        String value = row.get(column).trim();
        if (value.isEmpty()) {
            throw new CatalogFileException(file, row.getRecordNumber() + 1, "cột '" + column + "' không được để trống");
        }
        return value;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, Path file, long line, String column) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogFileException(file, line, "giá trị '" + value + "' không hợp lệ ở cột " + column);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
