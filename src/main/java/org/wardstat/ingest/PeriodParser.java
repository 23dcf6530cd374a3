package org.wardstat.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a reporting month as wards write it: 2024-03, 03/2024, 3/2024, T3/2024, Tháng 3/2024. */
public final class PeriodParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?:tháng|thang|t)?\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{4})");

    private PeriodParser() {
    }

    public static Optional<YearMonth> parse(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(value);
        if (monthFirst.matches()) {
            return of(monthFirst.group(2), monthFirst.group(1));
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> of(String year, String month) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
