package org.wardstat.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.Names;

/**
 * Which indicator a column header or a row label means. The catalog's code, Vietnamese or
 * English name first, as for every file; then the same with a numbering mark taken off ("1.1.",
 * "a)", "II.", "-"), with the usual abbreviations written out (TTXH, TNGT, PCCC, ANTT, TTHC), and
 * joined with the group it sits under ("Tai nạn giao thông" over "Số vụ"). A form profile may
 * name the indicator of a row, a column or a label outright; it is asked first.
 */
final class IndicatorLabels {

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(?:[IVXLC]+|\\d+(?:\\.\\d+)*|[a-zđ])[.)]|[-+*•–])\\s*", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "ttxh", "trat tu xa hoi",
            "tngt", "tai nan giao thong",
            "pccc", "phong chay chua chay",
            "antt", "an ninh trat tu",
            "tthc", "thu tuc hanh chinh");

    private static final Pattern UNIT = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private final Catalog catalog;
    private final FormProfile form;

    IndicatorLabels(Catalog catalog, FormProfile form) {
        this.catalog = catalog;
        this.form = form;
    }

    Catalog catalog() {
        return catalog;
    }

    /** A column header, at 0-based {@code column}. */
    Optional<Indicator> column(int column, String header) {
        if (form != null && form.columns().containsKey(column)) {
            return Optional.of(catalog.indicator(form.columns().get(column)));
        }
        return text(header);
    }

    /** A row label, perhaps under a group heading of rows above it. */
    Optional<Indicator> row(long row, String label, String heading) {
        if (form != null && form.rows().containsKey(row)) {
            return Optional.of(catalog.indicator(form.rows().get(row)));
        }
        Optional<Indicator> alone = text(label);
        if (alone.isPresent() || heading == null || heading.isBlank()) {
            return alone;
        }
        return text(withoutNumbering(heading) + " " + withoutNumbering(label));
    }

    Optional<Indicator> text(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (form != null) {
            String code = form.labels().get(Names.normalize(text));
            if (code == null) {
                code = form.labels().get(Names.normalize(withoutNumbering(text)));
            }
            if (code != null) {
                return Optional.of(catalog.indicator(code));
            }
        }
        Optional<Indicator> indicator = catalog.indicatorByHeader(text);
        if (indicator.isEmpty()) {
            indicator = catalog.indicatorByHeader(withoutNumbering(text));
        }
        if (indicator.isEmpty()) {
            indicator = catalog.indicatorByHeader(expanded(Names.normalize(withoutNumbering(text))));
        }
        if (indicator.isEmpty() && UNIT.matcher(text).find()) {
            // "Thiệt hại (tỷ đồng)", "Dân số (người)": the unit written after the name
            indicator = text(UNIT.matcher(text).replaceFirst(""));
        }
        return indicator;
    }

    static String withoutNumbering(String text) {
        return NUMBERING.matcher(text).replaceFirst("");
    }

    private static String expanded(String normalized) {
        StringBuilder out = new StringBuilder();
        for (String word : normalized.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return out.toString();
    }
}
