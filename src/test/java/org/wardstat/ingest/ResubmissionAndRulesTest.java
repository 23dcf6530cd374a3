package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.system.Messages;

/** Corrections, revisions, rules that span cells and rows, and the long layout. */
class ResubmissionAndRulesTest extends PipelineTest {

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    private final Messages vi = Messages.vietnamese();

    private Path file(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private long value(String ward, String indicator, String month) {
        return jdbc.sql("select value::bigint from observation where org_unit_code = :w and indicator_code = :i and period = (:m || '-01')::date")
                .param("w", ward).param("i", indicator).param("m", month).query(Long.class).single();
    }

    @Test
    void aCorrectedResubmissionReplacesItsValuesAndKeepsTheOldOnesAsRevisions() throws IOException {
        ingest.ingest(file("thang-1.csv", """
                ward_code,period,social_order_crimes,traffic_accidents
                duc-xuan,2025-01,3,1
                song-cau,2025-01,2,0
                """), vi);

        IngestResult corrected = ingest.ingest(file("thang-1-sua.csv", """
                ward_code,period,social_order_crimes,traffic_accidents
                duc-xuan,2025-01,4,1
                song-cau,2025-01,2,0
                """), vi);

        assertThat(corrected.rowsUpdated()).isEqualTo(1);
        assertThat(corrected.rowsUnchanged()).isEqualTo(1);
        assertThat(corrected.valuesChanged()).isEqualTo(1);
        assertThat(value("duc-xuan", "social_order_crimes", "2025-01")).isEqualTo(4);
        List<Map<String, Object>> revisions = jdbc.sql("""
                select r.org_unit_code, r.indicator_code, r.old_value::int as old, r.new_value::int as new,
                       o.file_name as old_file, n.file_name as new_file, r.revised_at is not null as timed
                from observation_revision r join source_file o on o.id = r.old_source_file_id join source_file n on n.id = r.new_source_file_id
                """).query().listOfRows();
        assertThat(revisions).containsExactly(Map.of("org_unit_code", "duc-xuan", "indicator_code", "social_order_crimes",
                "old", 3, "new", 4, "old_file", "thang-1.csv", "new_file", "thang-1-sua.csv", "timed", true));
        // the first file still explains the value an earlier report printed
        assertThat(count("select count(*) from submission where org_unit_code = 'duc-xuan'")).isEqualTo(2);
    }

    @Test
    void anErrorRuleRejectsTheRowAndAWarningRuleLoadsItWithAWarning() throws IOException {
        IngestResult result = ingest.ingest(file("tthc.csv", """
                ward_code,period,admin_procedures_received,admin_procedures_on_time,admin_procedures_early,social_order_crimes,social_order_crimes_cleared
                duc-xuan,2025-01,100,90,95,2,1
                song-cau,2025-01,100,100,20,1,3
                xuat-hoa,2025-01,100,100,20,1,1
                """), vi);

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.rowsLoaded()).isEqualTo(2);
        assertThat(result.rowsWarned()).isEqualTo(1);
        assertThat(count("select count(*) from observation where org_unit_code = 'duc-xuan'")).isZero();
        assertThat(jdbc.sql("select row_number || ' ' || column_name || ' ' || cell_value || ' ' || reason from ingest_reject").query(String.class).single())
                .isEqualTo("2 admin_procedures_early 95 quy tắc early-within-on-time: số hồ sơ giải quyết trước hạn (95) lớn hơn "
                        + "số giải quyết đúng hạn (90), mà đúng hạn đã gồm cả trước hạn");
        assertThat(jdbc.sql("select row_number || ' ' || rule_code || ' ' || message from ingest_warning").query(String.class).single())
                .isEqualTo("3 cleared-within-occurred quy tắc cleared-within-occurred: số vụ khám phá (3) lớn hơn số vụ xảy ra "
                        + "trong tháng (1): kiểm tra lại nếu không phải khám phá án cũ");
        assertThat(value("song-cau", "social_order_crimes_cleared", "2025-01")).isEqualTo(3);
        assertThat(result.warningFile()).isNotNull();
        assertThat(Files.readString(result.warningFile())).contains("tthc.csv,,3,social_order_crimes_cleared,3,cleared-within-occurred");
    }

    @Test
    void aValueTenTimesTheWardsUsualIsLoadedWithAWarning() throws IOException {
        StringBuilder year = new StringBuilder("ward_code,period,traffic_accidents\n");
        for (int month = 1; month <= 12; month++) {
            year.append("kim-ma,2024-").append(String.format("%02d", month)).append(",").append(month % 2 + 1).append('\n');
        }
        ingest.ingest(file("2024.csv", year.toString()), vi); // usual: median of 1 and 2 = 1.5

        IngestResult result = ingest.ingest(file("2025-01.csv", "ward_code,period,traffic_accidents\nkim-ma,2025-01,16\n"), vi);

        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(result.rowsWarned()).isEqualTo(1);
        assertThat(jdbc.sql("select message from ingest_warning").query(String.class).single())
                .isEqualTo("quy tắc ten-times-usual: giá trị 16 gấp hơn 10 lần mức thường thấy của phường (1,5, trung vị 12 tháng trước)");
    }

    @Test
    void eachWardsUsualIsTheTwelveMonthsBeforeItsOwnFirstMonthInTheFileEvenWhenTheFileSpansMonthsOfOtherWards() throws IOException {
        StringBuilder stored = new StringBuilder("ward_code,period,traffic_accidents\n");
        for (int month = 1; month <= 12; month++) {
            stored.append("kim-ma,2024-%02d,1%n".formatted(month)).append("duc-xuan,2024-%02d,2%n".formatted(month));
        }
        for (int month = 1; month <= 11; month++) {
            stored.append("kim-ma,2025-%02d,10%n".formatted(month));
        }
        ingest.ingest(file("stored.csv", stored.toString()), vi);

        // duc-xuan starts the file in January 2025: its usual is 2024's 2, and 30 is above ten times it. kim-ma's only month is
        // December 2025: its usual is the median of December 2024 (1) and January–November 2025 (10), so 50 is not; judged by the
        // twelve months before the file's first month instead, its usual would be 1 and 50 would be warned about too
        IngestResult result = ingest.ingest(file("late.csv", """
                ward_code,period,traffic_accidents
                duc-xuan,2025-01,30
                kim-ma,2025-12,50
                """), vi);

        assertThat(result.rowsLoaded()).isEqualTo(2);
        assertThat(jdbc.sql("select row_number || ' ' || message from ingest_warning").query(String.class).list())
                .containsExactly("2 quy tắc ten-times-usual: giá trị 30 gấp hơn 10 lần mức thường thấy của phường (2, trung vị 12 tháng trước)");
    }

    @Test
    void theUsualIsReadFromTheYearsOfTheMonthTableTheFileReachesNotFromEveryStoredYear() {
        // a December 2025 file reaches back to December 2024: the partitions of 2024 and 2025, and no other year's
        String plan = jdbc.sql("explain (format json) " + RuleCheck.VALUES_ABOVE_USUAL)
                .param("file", -1).param("factor", 10).param("windowStart", java.time.LocalDate.of(2024, 12, 1))
                .param("fileLast", java.time.LocalDate.of(2025, 12, 1)).query(String.class).single();

        assertThat(java.util.regex.Pattern.compile("\"Relation Name\": \"(observation[a-z0-9_]*)\"").matcher(plan).results()
                .map(match -> match.group(1)).distinct().toList())
                .containsExactlyInAnyOrder("observation_y2024", "observation_y2025");
    }

    @Test
    void conflictingDuplicatesInOneFileRejectBothRowsButIdenticalOnesLoad() throws IOException {
        IngestResult result = ingest.ingest(file("trung.csv", """
                ward_code,period,social_order_crimes
                duc-xuan,2025-01,3
                song-cau,2025-01,2
                duc-xuan,2025-01,5
                song-cau,2025-01,2
                """), vi);

        assertThat(result.rowsRejected()).isEqualTo(2);
        assertThat(jdbc.sql("select string_agg(row_number::text, ',' order by row_number) from ingest_reject where reason_code = 'value.conflict'")
                .query(String.class).single()).isEqualTo("2,4");
        assertThat(jdbc.sql("select reason from ingest_reject where row_number = 2").query(String.class).single())
                .isEqualTo("dữ liệu trùng mâu thuẫn: chỉ tiêu social_order_crimes của duc-xuan tháng 01/2025 có giá trị khác nhau ở các dòng 2, 4");
        assertThat(count("select count(*) from observation where org_unit_code = 'duc-xuan'")).isZero();
        assertThat(value("song-cau", "social_order_crimes", "2025-01")).isEqualTo(2);
    }

    @Test
    void theLongLayoutCarriesOneValuePerRowWithANote() throws IOException {
        IngestResult result = ingest.ingest(file("long.csv", """
                Mã đơn vị;Kỳ báo cáo;Chỉ tiêu;Giá trị;Ghi chú
                duc-xuan;T1/2025;social_order_crimes;2;
                duc-xuan;T1/2025;Tai nạn giao thông (số vụ);1;xe máy va chạm
                duc-xuan;T1/2025;tai nan giao thong (so nguoi chet);;
                duc-xuan;T1/2025;không có chỉ tiêu này;4;
                duc-xuan;T1/2025;clearance_rate;90;
                """), vi);

        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rowsRejected()).isEqualTo(2);
        assertThat(jdbc.sql("select indicator_code || '=' || value::int || coalesce(' (' || note || ')', '') from observation order by 1")
                .query(String.class).list())
                .containsExactly("social_order_crimes=2", "traffic_accidents=1 (xe máy va chạm)");
        assertThat(jdbc.sql("select reason from ingest_reject order by row_number").query(String.class).list())
                .containsExactly("không có chỉ tiêu “không có chỉ tiêu này” trong danh mục chỉ tiêu",
                        "“clearance_rate” là tỷ lệ được tính từ social_order_crimes_cleared/social_order_crimes, không nhập trực tiếp");
    }

    @Test
    void anErrorRuleAcrossRowsOfTheLongLayoutRejectsBothRows() throws IOException {
        IngestResult result = ingest.ingest(file("long-tthc.csv", """
                ward_code,period,indicator,value
                xuat-hoa,2025-01,admin_procedures_on_time,120
                xuat-hoa,2025-01,admin_procedures_received,100
                xuat-hoa,2025-01,social_order_crimes,1
                """), vi);

        assertThat(result.rowsRejected()).isEqualTo(2);
        assertThat(jdbc.sql("select indicator_code from observation").query(String.class).list()).containsExactly("social_order_crimes");
    }
}
