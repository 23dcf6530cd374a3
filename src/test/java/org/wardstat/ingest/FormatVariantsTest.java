package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.system.Messages;

/** The same figures in every encoding, delimiter, header and period variant (src/test/resources/files/variants). */
class FormatVariantsTest extends PipelineTest {

    @Autowired
    IngestService ingest;

    @ParameterizedTest
    @ValueSource(strings = {"utf8-comma-codes.csv", "utf8-bom-semicolon-vietnamese.csv", "utf16-tab-vietnamese.txt",
            "windows1258-comma-vietnamese.csv", "utf8-english-headers.csv", "utf8-no-diacritics-uppercase.csv",
            "utf8-long-layout.csv"})
    void everyVariantStoresTheSameFigures(String name) {
        IngestResult result = ingest.ingest(Path.of("src/test/resources/files/variants", name), Messages.vietnamese());

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRejected()).isZero();
        assertThat(jdbc.sql("""
                select string_agg(org_unit_code || ' ' || to_char(period, 'YYYY-MM') || ' ' || indicator_code || '=' || value::bigint,
                                  '; ' order by org_unit_code, indicator_code)
                from observation
                """).query(String.class).single())
                .isEqualTo("duc-xuan 2025-01 population=10234; duc-xuan 2025-01 social_order_crimes=2; duc-xuan 2025-01 traffic_accidents=1; "
                        + "song-cau 2025-01 population=8765; song-cau 2025-01 social_order_crimes=0; song-cau 2025-01 traffic_accidents=3");
    }
}
