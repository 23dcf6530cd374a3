package org.wardstat.report.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.report.archive.Editions.Edition;

/**
 * A sanity check, not a benchmark: a province of 10.000 wards (100 districts), a year of one
 * indicator for each, 10.000 revisions made before its edition and 100 after. The one query finds
 * exactly the 100, through the tree of 10.101 units, in well under the time of a page.
 */
class OutOfDateAtNationalSizeTest extends PipelineTest {

    @Autowired
    OutOfDate outOfDate;
    @Autowired
    Editions editions;

    @Test
    void aProvinceOfTenThousandWardsFindsTheHundredChangesAfterItsEdition() {
        jdbc.sql("""
                insert into org_unit (code, parent_code, level, name_vi, name_en) values ('big', null, 'province', 'Tỉnh Lớn', 'Big province');
                insert into org_unit (code, parent_code, level, name_vi, name_en)
                select 'big-d' || d, 'big', 'district', 'Quận ' || d, 'District ' || d from generate_series(1, 100) d;
                insert into org_unit (code, parent_code, level, name_vi, name_en)
                select 'big-w' || w, 'big-d' || (w % 100 + 1), 'ward', 'Phường ' || w, 'Ward ' || w from generate_series(1, 10000) w;
                insert into source_file (sha256, file_name, path, size_bytes) values ('big', 'big.csv', 'big.csv', 0);
                insert into observation (org_unit_code, indicator_code, period, value, source_file_id)
                select 'big-w' || w, 'social_order_crimes', make_date(2024, m, 1), 2, (select id from source_file where sha256 = 'big')
                from generate_series(1, 10000) w, generate_series(1, 12) m;
                insert into report_edition (legacy_run_id, kind, org_unit_code, period_code, language, format, path, size_bytes, sha256, created_at)
                values (1, 'area', 'big', '2024', 'vi', 'pdf', 'archive/big/2024/big-2024-run1.pdf', 0, 'test', '2025-01-10 08:00+07');
                insert into observation_revision (org_unit_code, indicator_code, period, old_value, new_value, old_source_file_id,
                                                  new_source_file_id, revised_at)
                select 'big-w' || w, 'social_order_crimes', make_date(2024, 1 + w % 12, 1), 1, 2, f.id, f.id,
                       case when w % 100 = 0 then timestamptz '2025-02-01 08:00+07' else timestamptz '2025-01-05 08:00+07' end
                from generate_series(1, 10000) w, source_file f where f.sha256 = 'big';
                """).update();
        Edition edition = editions.newest(List.of("big"), null, null, 1).get(0);

        long started = System.nanoTime();
        List<OutOfDate.Change> changes = outOfDate.of(edition);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(changes).hasSize(100).allSatisfy(change -> {
            assertThat(change.unitCode()).matches("big-w\\d*00");
            assertThat(change.oldValue().intValue()).isEqualTo(1);
            assertThat(change.newValue().intValue()).isEqualTo(2);
        });
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
