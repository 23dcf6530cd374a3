package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.wardstat.analytics.ReportingCalendar;

class PeriodRuleTest {

    private static String period(PeriodRule.Kind kind, ReportingCalendar calendar, String runDate) {
        return new PeriodRule(kind, calendar).windowFor(LocalDate.parse(runDate)).code();
    }

    @Test
    void previousMonthIsTheLatestMonthThatHasEndedOnTheRunDay() {
        assertThat(period(PeriodRule.Kind.PREVIOUS_MONTH, ReportingCalendar.CALENDAR, "2026-11-18")).isEqualTo("2026-10");
        assertThat(period(PeriodRule.Kind.PREVIOUS_MONTH, ReportingCalendar.CALENDAR, "2026-01-01")).isEqualTo("2025-12");
    }

    @Test
    void statutoryMonthsEndOnTheFourteenth() {
        // November's statutory month runs 15/10–14/11: over by the 18th, not by the 14th itself
        assertThat(period(PeriodRule.Kind.PREVIOUS_MONTH, ReportingCalendar.STATUTORY, "2026-11-18")).isEqualTo("2026-11");
        assertThat(period(PeriodRule.Kind.PREVIOUS_MONTH, ReportingCalendar.STATUTORY, "2026-11-14")).isEqualTo("2026-10");
        // the statutory year ends on 14/12, so a conference on 20/12 reports the year that is just over
        assertThat(period(PeriodRule.Kind.PREVIOUS_YEAR, ReportingCalendar.STATUTORY, "2026-12-20")).isEqualTo("2026");
        assertThat(period(PeriodRule.Kind.PREVIOUS_YEAR, ReportingCalendar.CALENDAR, "2026-12-20")).isEqualTo("2025");
    }

    @Test
    void quartersSixAndNineMonthsAndTheYearToDate() {
        assertThat(period(PeriodRule.Kind.PREVIOUS_QUARTER, ReportingCalendar.CALENDAR, "2026-11-18")).isEqualTo("2026-Q3");
        assertThat(period(PeriodRule.Kind.PREVIOUS_QUARTER, ReportingCalendar.CALENDAR, "2026-01-05")).isEqualTo("2025-Q4");
        assertThat(period(PeriodRule.Kind.SIX_MONTHS, ReportingCalendar.CALENDAR, "2026-07-05")).isEqualTo("2026-H1");
        assertThat(period(PeriodRule.Kind.SIX_MONTHS, ReportingCalendar.CALENDAR, "2026-06-30")).isEqualTo("2025-H1");
        assertThat(period(PeriodRule.Kind.NINE_MONTHS, ReportingCalendar.CALENDAR, "2026-10-02")).isEqualTo("2026-9M");
        assertThat(period(PeriodRule.Kind.YEAR_TO_DATE, ReportingCalendar.CALENDAR, "2026-11-18")).isEqualTo("YTD-2026-10");
        assertThat(period(PeriodRule.Kind.PREVIOUS_YEAR, ReportingCalendar.CALENDAR, "2026-01-10")).isEqualTo("2025");
    }
}
