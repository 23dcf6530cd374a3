package org.wardstat.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of reporting months, first and last included, compared with the same window a year
 * earlier ("so với cùng kỳ"). The kind says how it is named: a month, a quarter, the first or
 * the second six months, the first nine months, a year, the year to date, or the twelve months
 * up to a month.
 */
public record Window(Kind kind, YearMonth first, YearMonth last) {

    public enum Kind { MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR, YEAR_TO_DATE, ROLLING_12, CUSTOM }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-(?:H1|6M)");
    private static final Pattern SECOND_HALF = Pattern.compile("(\\d{4})-H2");
    private static final Pattern NINE = Pattern.compile("(\\d{4})-9M");
    private static final Pattern YTD = Pattern.compile("YTD-(\\d{4})-(\\d{1,2})");
    private static final Pattern ROLLING = Pattern.compile("R12-(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_ONLY = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public Window {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Window ends before it starts: " + first + " .. " + last);
        }
    }

    public Window(YearMonth first, YearMonth last) {
        this(Kind.CUSTOM, first, last);
    }

    public static Window month(YearMonth month) {
        return new Window(Kind.MONTH, month, month);
    }

    public static Window quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new Window(Kind.QUARTER, first, first.plusMonths(2));
    }

    public static Window firstHalf(int year) {
        return new Window(Kind.HALF_YEAR, YearMonth.of(year, 1), YearMonth.of(year, 6));
    }

    /** July to December: "6 tháng cuối năm". */
    public static Window secondHalf(int year) {
        return new Window(Kind.HALF_YEAR, YearMonth.of(year, 7), YearMonth.of(year, 12));
    }

    public static Window nineMonths(int year) {
        return new Window(Kind.NINE_MONTHS, YearMonth.of(year, 1), YearMonth.of(year, 9));
    }

    public static Window year(int year) {
        return new Window(Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Window yearToDate(YearMonth through) {
        return new Window(Kind.YEAR_TO_DATE, YearMonth.of(through.getYear(), 1), through);
    }

    public static Window rolling12(YearMonth through) {
        return new Window(Kind.ROLLING_12, through.minusMonths(11), through);
    }

    /**
     * Reads a window as typed on the command line: {@code 2025}, {@code 2025-12}, {@code 2025-Q4},
     * {@code 2025-H1} (or {@code 2025-6M}), {@code 2025-H2}, {@code 2025-9M}, {@code YTD-2025-10},
     * {@code R12-2025-10}.
     */
    public static Optional<Window> parse(String text) {
        String value = text.strip().toUpperCase();
        try {
            Matcher m;
            if ((m = QUARTER.matcher(value)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = HALF.matcher(value)).matches()) {
                return Optional.of(firstHalf(Integer.parseInt(m.group(1))));
            }
            if ((m = SECOND_HALF.matcher(value)).matches()) {
                return Optional.of(secondHalf(Integer.parseInt(m.group(1))));
            }
            if ((m = NINE.matcher(value)).matches()) {
                return Optional.of(nineMonths(Integer.parseInt(m.group(1))));
            }
            if ((m = YTD.matcher(value)).matches()) {
                return Optional.of(yearToDate(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
            if ((m = ROLLING.matcher(value)).matches()) {
                return Optional.of(rolling12(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
            if ((m = YEAR_ONLY.matcher(value)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = MONTH_ONLY.matcher(value)).matches()) {
                return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public Window sameWindowYearEarlier() {
        return new Window(kind, first.minusYears(1), last.minusYears(1));
    }

    public boolean isSingleMonth() {
        return first.equals(last);
    }

    public boolean isCalendarYear() {
        return first.getMonthValue() == 1 && last.getMonthValue() == 12 && first.getYear() == last.getYear();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** A short name for files and folders: 2025, 2025-12, 2025-Q4, 2025-H1, 2025-H2, 2025-9M, YTD-2025-10, R12-2025-10. */
    public String code() {
        return switch (kind) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
            case HALF_YEAR -> first.getYear() + (first.getMonthValue() == 1 ? "-H1" : "-H2");
            case NINE_MONTHS -> first.getYear() + "-9M";
            case YEAR -> String.valueOf(first.getYear());
            case YEAR_TO_DATE -> "YTD-" + last;
            case ROLLING_12 -> "R12-" + last;
            case CUSTOM -> first + "_" + last;
        };
    }
}
