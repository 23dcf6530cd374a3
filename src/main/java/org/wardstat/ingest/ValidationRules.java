package org.wardstat.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFileException;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.TextFiles;

/** Reads the rules file; a bad rule stops loading with the file, line and rule named. */
public final class ValidationRules {

    private static final Pattern COMPARE = Pattern.compile("(\\w+)\\s*(<=|<|>=|>|=)\\s*(\\w+)");
    private static final Pattern ABOVE_USUAL = Pattern.compile("value\\s*>\\s*(\\d+(?:[.,]\\d+)?)\\s*\\*\\s*usual");

    private ValidationRules() {
    }

    public static List<ValidationRule> read(Path file, Catalog catalog) {
        List<ValidationRule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (Reader reader = TextFiles.open(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
                int line = (int) row.getRecordNumber() + 1;
                String code = row.get("code");
                if (!codes.add(code)) {
                    throw new CatalogFileException(file, line, "quy tắc “" + code + "” bị trùng mã");
                }
                rules.add(parse(file, line, code, row, catalog));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp quy tắc " + file, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof CatalogFileException) {
                throw e;
            }
            throw new CatalogFileException(file, 1, "tệp quy tắc không hợp lệ (cần các cột code,severity,rule,message_vi,message_en): " + e.getMessage());
        }
        return List.copyOf(rules);
    }

    private static ValidationRule parse(Path file, int line, String code, CSVRecord row, Catalog catalog) {
        ValidationRule.Severity severity;
        try {
            severity = ValidationRule.Severity.valueOf(row.get("severity").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogFileException(file, line, "quy tắc “" + code + "”: mức “" + row.get("severity") + "” phải là error hoặc warning");
        }
        String text = row.get("rule");
        String vi = row.get("message_vi");
        String en = row.get("message_en");
        Matcher usual = ABOVE_USUAL.matcher(text);
        if (usual.matches()) {
            return new ValidationRule(code, severity, ValidationRule.Kind.ABOVE_USUAL, null, ">",
                    null, new BigDecimal(usual.group(1).replace(',', '.')), vi, en, line);
        }
        Matcher compare = COMPARE.matcher(text);
        if (!compare.matches()) {
            throw new CatalogFileException(file, line, "quy tắc “" + code + "”: không hiểu “" + text
                    + "” (dùng “chỉ_tiêu_a <= chỉ_tiêu_b” hoặc “value > 10 * usual”)");
        }
        for (String indicator : List.of(compare.group(1), compare.group(3))) {
            Indicator known = catalog.indicators().stream().filter(i -> i.code().equals(indicator)).findFirst()
                    .orElseThrow(() -> new CatalogFileException(file, line, "quy tắc “" + code + "”: không có chỉ tiêu “" + indicator + "” trong danh mục"));
            if (known.isRate()) {
                throw new CatalogFileException(file, line, "quy tắc “" + code + "”: “" + indicator + "” là tỷ lệ, không được nhập nên không kiểm tra được");
            }
        }
        return new ValidationRule(code, severity, ValidationRule.Kind.COMPARE, compare.group(1), compare.group(2),
                compare.group(3), null, vi, en, line);
    }
}
