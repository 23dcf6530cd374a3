package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-03", "2024-3", "03/2024", "3/2024", "T3/2024", "t03/2024", "Tháng 3/2024",
            "THÁNG 03/2024", "Thang 3/2024", " 03/2024 "})
    void readsTheWaysWardsWriteAMonth(String text) {
        assertThat(PeriodParser.parse(text)).contains(YearMonth.of(2024, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "13/2024", "0/2024", "2024", "march 2024", "", "2024/03/01", "Quý 1/2024"})
    void refusesAnythingElse(String text) {
        assertThat(PeriodParser.parse(text)).isEmpty();
    }
}
