package org.wardstat.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Today's reporting month, under the period scheme in use ({@code wardstat.periods}) and in the
 * application clock's zone (Việt Nam's): a window that starts after it has nothing to report yet.
 */
@Component
public class CurrentPeriod {

    private final Clock clock;
    private final ReportingCalendar calendar;

    CurrentPeriod(Clock clock, @Value("${wardstat.periods:calendar}") String periods) {
        this.clock = clock;
        this.calendar = ReportingCalendar.of(periods);
    }

    public YearMonth month() {
        return calendar.monthOf(LocalDate.now(clock));
    }

    /** The window starts after the current reporting month (a window that includes it is not in the future). */
    public boolean isFuture(Window window) {
        return window.first().isAfter(month());
    }

    public ReportingCalendar calendar() {
        return calendar;
    }
}
