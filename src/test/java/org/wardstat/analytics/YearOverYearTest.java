package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wardstat.analytics.TestIndicators.CLEARANCE;
import static org.wardstat.analytics.TestIndicators.CLEARED;
import static org.wardstat.analytics.TestIndicators.CRIMES;
import static org.wardstat.analytics.TestIndicators.HOTSPOTS;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class YearOverYearTest {

    private static final Window YEAR_2023 = Window.year(2023);

    private static MonthlyValues monthly(String code, int year, int... perMonth) {
        MonthlyValues values = new MonthlyValues();
        return add(values, code, year, perMonth);
    }

    private static MonthlyValues add(MonthlyValues values, String code, int year, int... perMonth) {
        for (int i = 0; i < perMonth.length; i++) {
            values.put(code, YearMonth.of(year, i + 1), perMonth[i]);
        }
        return values;
    }

    private static IndicatorChange only(MonthlyValues values, Window window, org.wardstat.catalog.Indicator indicator) {
        return YearOverYear.compare(List.of(indicator), values, window).get(0);
    }

    @Test
    void flowsAreSummedOverTheWindowAndComparedWithTheSameWindowAYearEarlier() {
        // Đức Xuân: 31 social-order crimes in 2022, 24 in 2023
        MonthlyValues values = monthly("social_order_crimes", 2022, 5, 5, 3, 0, 0, 2, 3, 4, 5, 3, 1, 0);
        add(values, "social_order_crimes", 2023, 0, 4, 1, 3, 2, 2, 2, 0, 3, 1, 4, 2);

        IndicatorChange change = only(values, YEAR_2023, CRIMES);

        assertThat(change.current().value()).isEqualByComparingTo("24");
        assertThat(change.prior().value()).isEqualByComparingTo("31");
        assertThat(change.change()).isEqualByComparingTo("-7");
        // −7 / 31 = −22.580645…%
        assertThat(change.percentChange()).isEqualByComparingTo("-22.5806451613");
        assertThat(change.current().monthsReported()).isEqualTo(12);
        assertThat(change.fromZero()).isFalse();
    }

    @Test
    void aMonthIsComparedWithTheSameMonthOfTheYearBefore() {
        MonthlyValues values = new MonthlyValues()
                .put("social_order_crimes", YearMonth.of(2024, 11), 9)
                .put("social_order_crimes", YearMonth.of(2023, 12), 4)
                .put("social_order_crimes", YearMonth.of(2024, 12), 5);

        IndicatorChange change = only(values, Window.month(YearMonth.of(2024, 12)), CRIMES);

        assertThat(change.current().value()).isEqualByComparingTo("5");
        assertThat(change.prior().value()).isEqualByComparingTo("4");
        assertThat(change.percentChange()).isEqualByComparingTo("25");
    }

    @Test
    void aPercentageOverAZeroBaseIsUndefinedNotInfinite() {
        MonthlyValues values = new MonthlyValues()
                .put("social_order_crimes", YearMonth.of(2022, 6), 0)
                .put("social_order_crimes", YearMonth.of(2023, 6), 3);

        IndicatorChange change = only(values, YEAR_2023, CRIMES);

        assertThat(change.change()).isEqualByComparingTo("3");
        assertThat(change.percentChange()).isNull();
        assertThat(change.fromZero()).isTrue();
    }

    @Test
    void zeroAgainstZeroIsNoChangeAndHasNoPercentage() {
        MonthlyValues values = new MonthlyValues()
                .put("social_order_crimes", YearMonth.of(2022, 6), 0)
                .put("social_order_crimes", YearMonth.of(2023, 6), 0);

        IndicatorChange change = only(values, YEAR_2023, CRIMES);

        assertThat(change.change()).isEqualByComparingTo("0");
        assertThat(change.percentChange()).isNull();
        assertThat(change.fromZero()).isFalse();
    }

    @Test
    void aWindowWithoutDataIsNotReportedRatherThanZero() {
        MonthlyValues values = new MonthlyValues().put("social_order_crimes", YearMonth.of(2023, 6), 2);

        IndicatorChange change = only(values, YEAR_2023, CRIMES);

        assertThat(change.prior().reported()).isFalse();
        assertThat(change.prior().value()).isNull();
        assertThat(change.change()).isNull();
        assertThat(change.percentChange()).isNull();
    }

    @Test
    void aStockIsTheLastValueReportedInTheWindowNotASum() {
        MonthlyValues values = new MonthlyValues()
                .put("hotspots", YearMonth.of(2023, 1), 3)
                .put("hotspots", YearMonth.of(2023, 6), 2)
                .put("hotspots", YearMonth.of(2023, 9), 1) // nothing reported after September
                .put("hotspots", YearMonth.of(2022, 12), 4);

        IndicatorChange change = only(values, YEAR_2023, HOTSPOTS);

        assertThat(change.current().value()).isEqualByComparingTo("1");
        assertThat(change.current().monthsReported()).isEqualTo(3);
        assertThat(change.prior().value()).isEqualByComparingTo("4");
        assertThat(change.percentChange()).isEqualByComparingTo("-75");
    }

    @Test
    void aRateIsTheRatioOfSumsNotTheAverageOfMonthlyRates() {
        // January 1 of 1 cleared (100%), February 0 of 3 (0%): average of rates 50%, ratio of sums 25%
        MonthlyValues values = new MonthlyValues()
                .put("social_order_crimes", YearMonth.of(2023, 1), 1).put("social_order_crimes_cleared", YearMonth.of(2023, 1), 1)
                .put("social_order_crimes", YearMonth.of(2023, 2), 3).put("social_order_crimes_cleared", YearMonth.of(2023, 2), 0)
                .put("social_order_crimes", YearMonth.of(2022, 1), 8).put("social_order_crimes_cleared", YearMonth.of(2022, 1), 6);

        IndicatorChange change = only(values, YEAR_2023, CLEARANCE);

        assertThat(change.current().value()).isEqualByComparingTo("25");
        assertThat(change.current().numerator()).isEqualByComparingTo("1");
        assertThat(change.current().denominator()).isEqualByComparingTo("4");
        assertThat(change.prior().value()).isEqualByComparingTo("75");
        assertThat(change.change()).isEqualByComparingTo("-50"); // percentage points
        assertThat(change.percentChange()).isNull(); // a change of a rate is given in points only
    }

    @Test
    void aRateWithNothingToDivideByIsUndefined() {
        MonthlyValues values = new MonthlyValues()
                .put("social_order_crimes", YearMonth.of(2023, 3), 0)
                .put("social_order_crimes_cleared", YearMonth.of(2023, 3), 0);

        Measure rate = YearOverYear.measure(CLEARANCE, values, YEAR_2023);

        assertThat(rate.reported()).isTrue();
        assertThat(rate.undefinedRate()).isTrue();
        assertThat(rate.value()).isNull();
    }

    @Test
    void aRateCountsOnlyMonthsThatReportBothFlows() {
        MonthlyValues values = new MonthlyValues()
                .put("social_order_crimes", YearMonth.of(2023, 1), 4).put("social_order_crimes_cleared", YearMonth.of(2023, 1), 3)
                .put("social_order_crimes", YearMonth.of(2023, 2), 6); // cleared not reported for February

        Measure rate = YearOverYear.measure(CLEARANCE, values, YEAR_2023);

        assertThat(rate.value()).isEqualByComparingTo("75");
        assertThat(rate.monthsReported()).isEqualTo(1);
    }

    @Test
    void flowsOutsideTheWindowAreIgnored() {
        MonthlyValues values = new MonthlyValues()
                .put("social_order_crimes_cleared", YearMonth.of(2023, 12), 2)
                .put("social_order_crimes_cleared", YearMonth.of(2024, 1), 7);

        assertThat(YearOverYear.measure(CLEARED, values, YEAR_2023).value()).isEqualByComparingTo(BigDecimal.valueOf(2));
    }
}
