package org.wardstat.analytics;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dates a reporting month covers. Calendar months run from the 1st to the last day. Police
 * statistics follow Nghị định 09/2019/NĐ-CP, Điều 12: the month from the 15th of the previous
 * month to the 14th, so the year runs from 15/12 to 14/12 and the quarter, six and nine months
 * likewise; before 2019 the cut-off was the 16th to the 15th.
 */
public enum ReportingCalendar {

    CALENDAR, STATUTORY;

    /** The first and last day of a window, both included. */
    public record DateRange(LocalDate from, LocalDate to) {
    }

    public static ReportingCalendar of(String setting) {
        return setting != null && setting.strip().equalsIgnoreCase("statutory") ? STATUTORY : CALENDAR;
    }

    public LocalDate start(YearMonth month) {
        if (this == CALENDAR) {
            return month.atDay(1);
        }
        return month.minusMonths(1).atDay(cutOff(month) + 1);
    }

    public LocalDate end(YearMonth month) {
        return this == CALENDAR ? month.atEndOfMonth() : month.atDay(cutOff(month));
    }

    /** The reporting month a day falls in: under the statutory scheme, 15 December is already January's. */
    public YearMonth monthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return this == STATUTORY && day.getDayOfMonth() > cutOff(month) ? month.plusMonths(1) : month;
    }

    public DateRange range(Window window) {
        return new DateRange(start(window.first()), end(window.last()));
    }

    /** The last day of a statutory month: the 14th since Decree 09/2019, the 15th before. */
    private static int cutOff(YearMonth month) {
        return month.getYear() < 2019 ? 15 : 14;
    }
}
