package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wardstat.report.PeriodLabels;
import org.wardstat.system.Messages;

class WindowAndCalendarTest {

    private static final Messages VI = Messages.vietnamese();

    private static String dates(Window window, ReportingCalendar calendar) {
        ReportingCalendar.DateRange range = calendar.range(window);
        return range.from() + " .. " + range.to();
    }

    @Test
    void theStatutoryMonthRunsFromTheFifteenthToTheFourteenth() {
        assertThat(dates(Window.month(YearMonth.of(2025, 12)), ReportingCalendar.STATUTORY)).isEqualTo("2025-11-15 .. 2025-12-14");
        assertThat(dates(Window.month(YearMonth.of(2025, 1)), ReportingCalendar.STATUTORY)).isEqualTo("2024-12-15 .. 2025-01-14");
        assertThat(PeriodLabels.dates(Window.month(YearMonth.of(2025, 12)), ReportingCalendar.STATUTORY, VI))
                .isEqualTo("từ ngày 15/11/2025 đến ngày 14/12/2025");
    }

    @Test
    void statutoryQuartersHalvesNineMonthsAndYearsStartOnTheFifteenthOfTheMonthBefore() {
        assertThat(dates(Window.quarter(2025, 1), ReportingCalendar.STATUTORY)).isEqualTo("2024-12-15 .. 2025-03-14");
        assertThat(dates(Window.firstHalf(2025), ReportingCalendar.STATUTORY)).isEqualTo("2024-12-15 .. 2025-06-14");
        assertThat(dates(Window.nineMonths(2025), ReportingCalendar.STATUTORY)).isEqualTo("2024-12-15 .. 2025-09-14");
        assertThat(dates(Window.year(2025), ReportingCalendar.STATUTORY)).isEqualTo("2024-12-15 .. 2025-12-14");
    }

    @Test
    void beforeTheDecreeTheCutOffWasTheFifteenth() {
        assertThat(dates(Window.month(YearMonth.of(2018, 6)), ReportingCalendar.STATUTORY)).isEqualTo("2018-05-16 .. 2018-06-15");
    }

    @Test
    void calendarWindowsRunFromTheFirstToTheLastDay() {
        assertThat(dates(Window.quarter(2025, 4), ReportingCalendar.CALENDAR)).isEqualTo("2025-10-01 .. 2025-12-31");
        assertThat(dates(Window.month(YearMonth.of(2024, 2)), ReportingCalendar.CALENDAR)).isEqualTo("2024-02-01 .. 2024-02-29");
        assertThat(ReportingCalendar.of("statutory")).isEqualTo(ReportingCalendar.STATUTORY);
        assertThat(ReportingCalendar.of(null)).isEqualTo(ReportingCalendar.CALENDAR);
    }

    @Test
    void eachWindowKindCoversItsMonthsAndComparesWithTheSameMonthsAYearEarlier() {
        assertThat(Window.quarter(2025, 4).months()).containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));
        assertThat(Window.firstHalf(2025).months()).hasSize(6).endsWith(YearMonth.of(2025, 6));
        assertThat(Window.nineMonths(2025).months()).hasSize(9).endsWith(YearMonth.of(2025, 9));
        assertThat(Window.yearToDate(YearMonth.of(2025, 10)).months()).hasSize(10).startsWith(YearMonth.of(2025, 1));
        Window rolling = Window.rolling12(YearMonth.of(2025, 10));
        assertThat(rolling.first()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(rolling.months()).hasSize(12);
        Window prior = rolling.sameWindowYearEarlier();
        assertThat(prior.kind()).isEqualTo(Window.Kind.ROLLING_12);
        assertThat(prior.first()).isEqualTo(YearMonth.of(2023, 11));
        assertThat(prior.last()).isEqualTo(YearMonth.of(2024, 10));
    }

    @Test
    void windowsAreReadAsTypedAndNamedInVietnamese() {
        List<String> typed = List.of("2025", "2025-12", "2025-Q4", "2025-h1", "2025-6M", "2025-H2", "2025-9M", "YTD-2025-10", "R12-2025-10");
        assertThat(typed.stream().map(t -> Window.parse(t).orElseThrow()).map(w -> PeriodLabels.name(w, VI)).toList())
                .containsExactly("năm 2025", "tháng 12/2025", "quý IV/2025", "6 tháng đầu năm 2025", "6 tháng đầu năm 2025",
                        "6 tháng cuối năm 2025", "9 tháng năm 2025", "từ đầu năm 2025 đến hết tháng 10/2025",
                        "12 tháng tính đến hết tháng 10/2025");
        assertThat(typed.stream().map(t -> Window.parse(t).orElseThrow().code()).toList())
                .containsExactly("2025", "2025-12", "2025-Q4", "2025-H1", "2025-H1", "2025-H2", "2025-9M", "YTD-2025-10", "R12-2025-10");
        assertThat(Window.parse("2025-H2").orElseThrow().sameWindowYearEarlier().code()).isEqualTo("2024-H2");
        assertThat(PeriodLabels.name(Window.secondHalf(2025), Messages.forLanguage("en"))).isEqualTo("second half of 2025");
        assertThat(Window.parse("2025-Q5")).isEmpty();
        assertThat(Window.parse("2025-13")).isEmpty();
        assertThat(Window.parse("quý 4")).isEmpty();
        assertThat(PeriodLabels.name(Window.quarter(2025, 2), Messages.forLanguage("en"))).isEqualTo("quarter II of 2025");
    }

    /** Every window the command line takes, under both period schemes: the table the README prints. */
    @ParameterizedTest(name = "{0}: calendar {1}, statutory {2}")
    @CsvSource({
            "2025-12,     2025-12-01 .. 2025-12-31, 2025-11-15 .. 2025-12-14",
            "2025-01,     2025-01-01 .. 2025-01-31, 2024-12-15 .. 2025-01-14",
            "2025-Q1,     2025-01-01 .. 2025-03-31, 2024-12-15 .. 2025-03-14",
            "2025-Q2,     2025-04-01 .. 2025-06-30, 2025-03-15 .. 2025-06-14",
            "2025-Q3,     2025-07-01 .. 2025-09-30, 2025-06-15 .. 2025-09-14",
            "2025-Q4,     2025-10-01 .. 2025-12-31, 2025-09-15 .. 2025-12-14",
            "2025-H1,     2025-01-01 .. 2025-06-30, 2024-12-15 .. 2025-06-14",
            "2025-H2,     2025-07-01 .. 2025-12-31, 2025-06-15 .. 2025-12-14",
            "2025-9M,     2025-01-01 .. 2025-09-30, 2024-12-15 .. 2025-09-14",
            "2025,        2025-01-01 .. 2025-12-31, 2024-12-15 .. 2025-12-14",
            "YTD-2025-10, 2025-01-01 .. 2025-10-31, 2024-12-15 .. 2025-10-14",
            "R12-2025-10, 2024-11-01 .. 2025-10-31, 2024-10-15 .. 2025-10-14",
            "2018-H2,     2018-07-01 .. 2018-12-31, 2018-06-16 .. 2018-12-15",
    })
    void everyWindowUnderBothSchemes(String typed, String calendar, String statutory) {
        Window window = Window.parse(typed).orElseThrow();
        assertThat(dates(window, ReportingCalendar.CALENDAR)).isEqualTo(calendar);
        assertThat(dates(window, ReportingCalendar.STATUTORY)).isEqualTo(statutory);
        assertThat(window.code()).isEqualTo(typed);
    }

    @Test
    void yearToDateAndRollingTwelveMonthsSumTheirMonths() {
        MonthlyValues values = new MonthlyValues();
        for (int m = 1; m <= 12; m++) {
            values.put("social_order_crimes", YearMonth.of(2024, m), m);       // 2024: 1..12
            values.put("social_order_crimes", YearMonth.of(2025, m), 2L * m);  // 2025: 2..24
        }
        var crimes = TestIndicators.CRIMES;

        Measure ytd = YearOverYear.measure(crimes, values, Window.yearToDate(YearMonth.of(2025, 3)));
        Measure ytdPrior = YearOverYear.measure(crimes, values, Window.yearToDate(YearMonth.of(2025, 3)).sameWindowYearEarlier());
        Measure rolling = YearOverYear.measure(crimes, values, Window.rolling12(YearMonth.of(2025, 3)));

        assertThat(ytd.value()).isEqualByComparingTo("12");      // 2 + 4 + 6
        assertThat(ytdPrior.value()).isEqualByComparingTo("6");  // 1 + 2 + 3
        assertThat(rolling.value()).isEqualByComparingTo("84");  // 2024-04..12: 4 + ... + 12 = 72, plus 2025-01..03: 12
    }
}
