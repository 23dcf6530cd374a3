package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.wardstat.system.WardstatProperties;

/** The pages write times in wardstat.time-zone (Việt Nam's by default), not the server's (UTC in the tests). */
class WebTextTest {

    private static WardstatProperties zone(String timeZone) {
        return new WardstatProperties(null, "data", "reports", "report-templates", "catalog", "jobs", null, timeZone, null);
    }

    @Test
    void timesAreVietnamsWhateverTheServersZone() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        Instant lateInTheUtcEvening = Instant.parse("2026-01-31T18:30:00Z");

        assertThat(new WebText(zone(null)).time(lateInTheUtcEvening)).isEqualTo("01/02/2026 01:30");
        assertThat(new WebText(zone("Asia/Ho_Chi_Minh")).time(lateInTheUtcEvening)).isEqualTo("01/02/2026 01:30");
        assertThat(new WebText(zone("UTC")).time(lateInTheUtcEvening)).as("the setting is honoured").isEqualTo("31/01/2026 18:30");
    }
}
