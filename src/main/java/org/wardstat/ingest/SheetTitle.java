package org.wardstat.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.source.SourceRow;

/**
 * What the lines above a table say about it, as ward offices write them: the agency lines
 * ("CÔNG AN THÀNH PHỐ BẮC KẠN", "CÔNG AN PHƯỜNG ĐỨC XUÂN"), the title ("BÁO CÁO SỐ LIỆU THÁNG
 * 11/2024", "... NĂM 2024") or a labelled cell ("Kỳ báo cáo: 11/2024"). The date line of the
 * letterhead ("Bắc Kạn, ngày 05 tháng 12 năm 2024") is the day the report was signed, not its
 * month, and is passed over.
 *
 * @param months the distinct months named, each with the row it is named in
 * @param years  the distinct years named on their own ("năm 2024")
 * @param units  the org units named by their full name, deepest last
 */
record SheetTitle(List<Mention<YearMonth>> months, List<Mention<Integer>> years, List<Mention<OrgUnit>> units) {

    record Mention<T>(T value, long row) {
    }

    static final SheetTitle NONE = new SheetTitle(List.of(), List.of(), List.of());

    /** Not right after "ngày 05 ": a date of signing. */
    private static final String DAY = "(?<!ngay \\d{1,2} )(?<!ngay \\d{1,2})";
    private static final Pattern LABELLED = Pattern.compile("(?:ky bao cao|ky|thang bao cao)\\s*:\\s*(.+)");
    private static final Pattern MONTH = Pattern.compile(DAY + "\\b(?:thang|t)\\s*(\\d{1,2})\\s*(?:/|-|\\.|nam)\\s*(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!thang \\d{1,2} )\\bnam\\s+(\\d{4})\\b");
    private static final Pattern ABBREVIATED_UNIT = Pattern.compile("\\b(tp|tx|p|q)\\b\\.?\\s*");

    static SheetTitle of(List<SourceRow> rows, Catalog catalog) {
        Set<YearMonth> monthSeen = new LinkedHashSet<>();
        Set<Integer> yearSeen = new LinkedHashSet<>();
        Set<OrgUnit> unitSeen = new LinkedHashSet<>();
        List<Mention<YearMonth>> months = new ArrayList<>();
        List<Mention<Integer>> years = new ArrayList<>();
        List<Mention<OrgUnit>> units = new ArrayList<>();
        for (SourceRow row : rows) {
            String text = plain(String.join(" ", new LinkedHashSet<>(row.cells())));
            for (YearMonth month : months(text)) {
                if (monthSeen.add(month)) {
                    months.add(new Mention<>(month, row.rowNumber()));
                }
            }
            Matcher year = YEAR.matcher(text);
            while (year.find()) {
                if (yearSeen.add(Integer.parseInt(year.group(1)))) {
                    years.add(new Mention<>(Integer.parseInt(year.group(1)), row.rowNumber()));
                }
            }
            String words = " " + expanded(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            for (OrgUnit unit : catalog.units()) {
                if (unit.parentCode() != null && words.contains(" " + key(unit.nameVi()) + " ") && unitSeen.add(unit)) {
                    units.add(new Mention<>(unit, row.rowNumber()));
                }
            }
        }
        return new SheetTitle(months, years, units);
    }

    /** The one month the lines name; several different months are no answer. */
    Optional<Mention<YearMonth>> month() {
        return months.size() == 1 ? Optional.of(months.get(0)) : Optional.empty();
    }

    Optional<Mention<Integer>> year() {
        if (years.size() == 1) {
            return Optional.of(years.get(0));
        }
        if (years.isEmpty() && months.size() == 1) {
            return Optional.of(new Mention<>(months.get(0).value().getYear(), months.get(0).row()));
        }
        return Optional.empty();
    }

    /** The ward the lines name (a ward's own report), if exactly one. */
    Optional<Mention<OrgUnit>> ward() {
        List<Mention<OrgUnit>> wards = units.stream().filter(m -> m.value().isWard()).toList();
        return wards.size() == 1 ? Optional.of(wards.get(0)) : Optional.empty();
    }

    /** The deepest area named ("Thành phố Bắc Kạn" under "Tỉnh Bắc Kạn"); not a ward. */
    Optional<OrgUnit> area(Catalog catalog) {
        OrgUnit deepest = null;
        for (Mention<OrgUnit> mention : units) {
            OrgUnit unit = mention.value();
            if (!unit.isWard() && (deepest == null || catalog.ancestors(unit).contains(deepest))) {
                deepest = unit;
            }
        }
        return Optional.ofNullable(deepest);
    }

    /** Months named in a line: "tháng 11/2024", "THÁNG 11 NĂM 2024", "T11/2024", "Kỳ báo cáo: 2024-11". */
    static List<YearMonth> months(String plainText) {
        List<YearMonth> found = new ArrayList<>();
        Matcher labelled = LABELLED.matcher(plainText);
        if (labelled.find()) {
            String rest = labelled.group(1).strip();
            PeriodParser.parse(rest.split("\\s+\\(")[0].strip()).ifPresent(found::add);
        }
        Matcher month = MONTH.matcher(plainText);
        while (month.find()) {
            try {
                YearMonth value = YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)));
                if (!found.contains(value)) {
                    found.add(value);
                }
            } catch (DateTimeException e) {
                // "tháng 13/2024" names no month
            }
        }
        return found;
    }

    /** Lower case without diacritics, punctuation that dates use kept. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9/.:\\-]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static String expanded(String plainText) {
        Matcher abbreviation = ABBREVIATED_UNIT.matcher(plainText);
        StringBuilder out = new StringBuilder();
        while (abbreviation.find()) {
            String full = switch (abbreviation.group(1)) {
                case "tp" -> "thanh pho ";
                case "tx" -> "thi xa ";
                case "p" -> "phuong ";
                default -> "quan ";
            };
            abbreviation.appendReplacement(out, full);
        }
        abbreviation.appendTail(out);
        return out.toString();
    }

    private static String key(String name) {
        return plain(name).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
