package org.wardstat.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.analytics.Window;
import org.wardstat.system.Messages;

/** How a window is named in a report, always with the dates it covers under the chosen calendar. */
public final class PeriodLabels {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PeriodLabels() {
    }

    /** "tháng 12/2025", "quý IV/2025", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "năm 2025", ... */
    public static String name(Window window, Messages messages) {
        int year = window.first().getYear();
        return switch (window.kind()) {
            case MONTH -> messages.get("period.month", month(window.first()));
            case QUARTER -> messages.get("period.quarter", ROMAN[(window.first().getMonthValue() - 1) / 3], String.valueOf(year));
            case HALF_YEAR -> messages.get(window.first().getMonthValue() == 1 ? "period.half" : "period.second-half", String.valueOf(year));
            case NINE_MONTHS -> messages.get("period.nine", String.valueOf(year));
            case YEAR -> messages.get("period.year", String.valueOf(year));
            case YEAR_TO_DATE -> messages.get("period.ytd", String.valueOf(year), month(window.last()));
            case ROLLING_12 -> messages.get("period.rolling", month(window.last()));
            case CUSTOM -> window.isSingleMonth() ? messages.get("period.month", month(window.first()))
                    : window.isCalendarYear() ? messages.get("period.year", String.valueOf(year))
                    : messages.get("period.range", month(window.first()), month(window.last()));
        };
    }

    /** "từ ngày 15/11/2025 đến ngày 14/12/2025" */
    public static String dates(Window window, ReportingCalendar calendar, Messages messages) {
        ReportingCalendar.DateRange range = calendar.range(window);
        return messages.get("period.dates", range.from().format(DAY), range.to().format(DAY));
    }

    private static String month(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
