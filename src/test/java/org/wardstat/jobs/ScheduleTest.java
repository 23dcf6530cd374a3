package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void fiveFieldsAreMinuteHourDayMonthWeekdayInTheJobsTimeZone() {
        Schedule monthly = Schedule.parse("0 6 18 * *", HANOI);
        // 06:00 in Hà Nội is 23:00 the day before in UTC
        assertThat(monthly.next(Instant.parse("2026-11-01T00:00:00Z"))).contains(Instant.parse("2026-11-17T23:00:00Z"));
        assertThat(monthly.next(Instant.parse("2026-11-17T23:00:00Z"))).contains(Instant.parse("2026-12-17T23:00:00Z"));
    }

    @Test
    void springsSixFieldFormAndMacrosWorkToo() {
        assertThat(Schedule.parse("0 30 7 * * MON", HANOI).next(Instant.parse("2026-11-21T00:00:00Z")))
                .contains(Instant.parse("2026-11-23T00:30:00Z"));
        assertThat(Schedule.parse("@yearly", HANOI).next(Instant.parse("2026-11-21T00:00:00Z")))
                .contains(Instant.parse("2026-12-31T17:00:00Z"));
    }

    @Test
    void firesBetweenKeepsTheLatestOnesOldestFirst() {
        Schedule monthly = Schedule.parse("0 6 18 * *", HANOI);
        assertThat(monthly.firesBetween(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"), 2))
                .containsExactly(Instant.parse("2026-10-17T23:00:00Z"), Instant.parse("2026-11-17T23:00:00Z"));
        assertThat(monthly.firesBetween(Instant.parse("2026-11-17T23:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"), 12)).isEmpty();
    }

    @Test
    void theLatestFireOfAYearlyJobIsFoundAYearBack() {
        Schedule yearly = Schedule.parse("0 6 10 1 *", HANOI);
        assertThat(yearly.latestAtOrBefore(Instant.parse("2026-11-21T00:00:00Z"))).contains(Instant.parse("2026-01-09T23:00:00Z"));
    }
}
