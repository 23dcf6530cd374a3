package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.system.TextFiles;
import org.wardstat.system.Messages;

class IngestJobTest extends PipelineTest {

    private static final Path BAC_KAN = SAMPLES.resolve("statistics/bac-kan-2022-2024.csv");
    private static final Path WITH_ERRORS = SAMPLES.resolve("errors/bac-kan-2024-12-with-errors.csv");

    @Autowired
    IngestService ingest;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path temp;

    private final Messages vi = Messages.vietnamese();

    private long yearTotal(String ward, String indicator, int year) {
        return jdbc.sql("""
                select coalesce(sum(value), 0)::bigint from observation
                where org_unit_code = :ward and indicator_code = :indicator and extract(year from period) = :year
                """).param("ward", ward).param("indicator", indicator).param("year", year).query(Long.class).single();
    }

    @Test
    void loadsEveryRowOfAWideFileWithVietnameseHeadersAndABom() {
        IngestResult result = ingest.ingest(BAC_KAN, vi);

        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRead()).isEqualTo(216);
        assertThat(result.rowsLoaded()).isEqualTo(216);
        assertThat(result.rowsRejected()).isZero();
        // 6 wards × 36 months × 28 flow and stock indicators, every cell filled
        assertThat(result.valuesWritten()).isEqualTo(6048);
        assertThat(count("select count(*) from observation")).isEqualTo(6048);
        assertThat(yearTotal("duc-xuan", "social_order_crimes", 2022)).isEqualTo(31);
        assertThat(yearTotal("duc-xuan", "social_order_crimes", 2023)).isEqualTo(24);
        // decimals written "0,43" in a Vietnamese file arrive as 0.43, not 43
        assertThat(jdbc.sql("select max(value) from observation where indicator_code = 'fire_damage'")
                .query(java.math.BigDecimal.class).single()).isLessThan(new java.math.BigDecimal("10"));
    }

    @Test
    void aLoadLeavesAWardsMonthsReadableFromTheKeyAlone() throws SQLException {
        ingest.ingest(BAC_KAN, vi);
        // a briefing's read of a ward's two years (ObservationRepository.monthlyValues): index-only, once the load's
        // last step has vacuumed the month table, with no visit to the table's pages (V40 and TidyMonthTable)
        String plan = analyzedPlan("""
                select org_unit_code, indicator_code, period, value from observation
                where org_unit_code in ('duc-xuan') and period between '2023-01-01' and '2024-12-01'
                """);
        assertThat(plan).contains("\"Node Type\": \"Index Only Scan\"").contains("\"Actual Rows\": 672");
        // the month table is partitioned by year (V45): each of the two years is read from its partition's part of the key
        assertThat(indexesRead(plan)).containsExactly("observation_pkey", "observation_pkey");
        assertThat(planValues(plan, "Heap Fetches")).containsExactly("0", "0");
    }

    @Test
    void aLoadLeavesTheFilesOfAWardsMonthsReadableFromTheirIndexAlone() throws SQLException {
        ingest.ingest(BAC_KAN, vi);
        // the files and load times a report names (SourceLoads), read from their own index (V42): 24 months × 28 values
        String plan = analyzedPlan("""
                select source_file_id, max(loaded_at) from observation
                where org_unit_code in ('duc-xuan') and period between '2023-01-01' and '2024-12-01'
                group by source_file_id
                """);
        assertThat(plan).contains("\"Node Type\": \"Index Only Scan\"").contains("\"Actual Rows\": 672");
        assertThat(indexesRead(plan)).containsExactly("observation_sources", "observation_sources");
        assertThat(planValues(plan, "Heap Fetches")).containsExactly("0", "0");
        // a file and a time repeat for every value of a month, and the index stores them once (summed over the partitions of
        // the years loaded: an empty year's are a page each)
        long sources = count("select sum(pg_relation_size(relid)) from pg_partition_tree('observation_sources') where pg_relation_size(relid) > 8192");
        long key = count("select sum(pg_relation_size(relid)) from pg_partition_tree('observation_pkey') where pg_relation_size(relid) > 8192");
        assertThat(sources * 4).as("observation_sources %d bytes, the key %d", sources, key).isLessThan(key);
    }

    /** The indexes a plan read, each named by the month table's index it is a year's partition of. */
    private List<String> indexesRead(String plan) {
        return planValues(plan, "Index Name").stream()
                .map(index -> jdbc.sql("select inhparent::regclass::text from pg_inherits where inhrelid = cast(:index as regclass)")
                        .param("index", index).query(String.class).optional().orElse(index))
                .toList();
    }

    /** Every value of one field in a JSON plan, in the plan's order. */
    private static List<String> planValues(String plan, String field) {
        return Pattern.compile("\"" + Pattern.quote(field) + "\": \"?([^\",}\\s]+)").matcher(plan).results()
                .map(match -> match.group(1)).toList();
    }

    /** The plan PostgreSQL ran, as JSON, with the scans an index cannot replace turned off. */
    private String analyzedPlan(String query) throws SQLException {
        // in a transaction of its own, so that the pooled connection goes back with its usual settings
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("set local enable_seqscan = off");
                s.execute("set local enable_bitmapscan = off");
                ResultSet plan = s.executeQuery("explain (analyze, format json) " + query);
                plan.next();
                return plan.getString(1);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void rejectsBadRowsWithFileRowColumnAndReasonAndLoadsTheGoodOnes() throws IOException {
        IngestResult result = ingest.ingest(WITH_ERRORS, vi);

        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.rowsLoaded()).isEqualTo(2);
        assertThat(result.rowsRejected()).isEqualTo(7);

        List<Map<String, Object>> rejects = jdbc.sql("""
                select r.row_number, r.column_name, r.cell_value, r.reason_code, r.reason, f.file_name
                from ingest_reject r join source_file f on f.id = r.source_file_id order by r.row_number
                """).query().listOfRows();
        assertThat(rejects).extracting(r -> r.get("row_number") + " " + r.get("column_name") + " " + r.get("reason_code"))
                .containsExactly(
                        "4 ward_code ward.unknown",
                        "5 period period.malformed",
                        "6 period period.future",
                        "7 social_order_crimes value.negative",
                        "8 traffic_accidents value.not-an-integer",
                        "9 public_fire_points value.not-a-number",
                        "10 ghi_chu_khong_ro column.unknown");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("file_name")).isEqualTo("bac-kan-2024-12-with-errors.csv"));
        assertThat(rejects.get(0).get("reason")).isEqualTo("không có đơn vị mã “phuong-khong-ton-tai” trong danh mục đơn vị");
        assertThat(rejects.get(2).get("reason")).isEqualTo("kỳ báo cáo “2099-01” ở tương lai (kỳ muộn nhất được nhập là 2026-03)");
        assertThat(rejects.get(4).get("reason")).isEqualTo("“1,5” không phải số nguyên: chỉ tiêu tính bằng vụ phải là số nguyên");

        // nothing of a rejected row is stored: phung-chi-kien has no December 2024 at all
        assertThat(count("select count(*) from observation where org_unit_code = 'phung-chi-kien'")).isZero();
        assertThat(count("select count(distinct org_unit_code) from observation")).isEqualTo(2);

        // the reject file sits beside the load summary, with the original row and the reason
        assertThat(result.rejectFile()).isNotNull();
        assertThat(result.rejectFile().getParent()).isEqualTo(result.summaryFile().getParent());
        List<String> lines = Files.readAllLines(result.rejectFile(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFTệp,Trang tính,Dòng,Cột,Giá trị,Quy tắc,Lý do,Dòng gốc");
        assertThat(lines).hasSize(8);
        assertThat(lines.get(4)).startsWith("bac-kan-2024-12-with-errors.csv,,7,social_order_crimes,'-2,value.negative,giá trị âm “-2” không hợp lệ")
                .contains("phung-chi-kien,Phường Phùng Chí Kiên,2024-12,-2,");
        assertThat(Files.readString(result.summaryFile()))
                .contains("Số dòng đọc: 9, nạp mới: 2, cập nhật: 0, không đổi: 0, bị loại: 7, có cảnh báo: 0");
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() {
        ingest.ingest(BAC_KAN, vi);
        ingest.ingest(WITH_ERRORS, vi);
        String before = observationsFingerprint();
        long rejectsBefore = count("select count(*) from ingest_reject");

        IngestResult again = ingest.ingest(BAC_KAN, vi);
        IngestResult errorsAgain = ingest.ingest(WITH_ERRORS, vi);

        assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.ALREADY_LOADED);
        assertThat(again.valuesWritten()).isZero();
        assertThat(errorsAgain.outcome()).isEqualTo(IngestResult.Outcome.ALREADY_LOADED);
        assertThat(errorsAgain.rowsRejected()).isEqualTo(7);
        assertThat(observationsFingerprint()).isEqualTo(before);
        assertThat(count("select count(*) from ingest_reject")).isEqualTo(rejectsBefore);
        assertThat(count("select count(*) from batch_job_instance")).isEqualTo(2);
    }

    @Test
    void theSameValuesInADifferentFileAreNotRewritten() throws IOException {
        ingest.ingest(BAC_KAN, vi);
        String before = observationsFingerprint();
        Path copy = temp.resolve("bac-kan-resent.csv");
        Files.writeString(copy, Files.readString(BAC_KAN, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);

        IngestResult result = ingest.ingest(copy, vi);

        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsLoaded()).isZero();
        assertThat(result.rowsUnchanged()).isEqualTo(216);
        assertThat(result.valuesWritten()).isZero();
        assertThat(observationsFingerprint()).isEqualTo(before);
    }

    @Test
    void headersMayBeCodesEnglishOrVietnameseWithoutDiacriticsAndBlankMeansNotReported() throws IOException {
        Path file = temp.resolve("mixed-headers.csv");
        Files.writeString(file, """
                ma don vi;KY BAO CAO;social_order_crimes;Traffic accidents;toi pham ve ma tuy
                duc-xuan;T1/2025;1.234;;2
                """, StandardCharsets.UTF_8);

        IngestResult result = ingest.ingest(file, vi);

        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(jdbc.sql("select indicator_code || '=' || value::int from observation order by indicator_code")
                .query(String.class).list())
                .containsExactly("drug_crimes=2", "social_order_crimes=1234");
    }

    @Test
    void readsExcelsUnicodeTextThatIsUtf16WithTabs() throws IOException {
        Path file = temp.resolve("unicode-text.txt");
        String content = "\uFEFFMã đơn vị\tTên đơn vị\tKỳ báo cáo\tTệ nạn xã hội\r\n"
                + "tao-xuyen\tPhường Tào Xuyên\tTháng 2/2025\t3\r\n";
        Files.write(file, content.getBytes(StandardCharsets.UTF_16LE));

        IngestResult result = ingest.ingest(file, vi);

        assertThat(result.rowsLoaded()).as(String.valueOf(result.message())).isEqualTo(1);
        assertThat(yearTotal("tao-xuyen", "social_evils", 2025)).isEqualTo(3);
    }

    @Test
    void aFileWithoutAPeriodColumnIsRefusedWholeAndNamesTheHeader() throws IOException {
        Path file = temp.resolve("no-period.csv");
        Files.writeString(file, "ward_code,social_order_crimes\nduc-xuan,3\n", StandardCharsets.UTF_8);

        IngestResult result = ingest.ingest(file, vi);

        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(result.message()).isEqualTo("Tệp no-period.csv, dòng 1 (tiêu đề): thiếu cột kỳ báo cáo (period / Kỳ báo cáo). Không nạp dòng nào.");
        assertThat(count("select count(*) from observation")).isZero();
        assertThat(count("select count(*) from source_file")).isZero();
    }

    /**
     * Windows-1258 as older Vietnamese software writes it: â, ê, ô, ă, ơ, ư are single bytes and
     * only the five tone marks are combining characters.
     */
    private static byte[] windows1258(String text) throws IOException {
        StringBuilder cp1258 = new StringBuilder();
        String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); i++) {
            String decomposed = java.text.Normalizer.normalize(composed.substring(i, i + 1), java.text.Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder(decomposed.substring(0, 1));
            StringBuilder tone = new StringBuilder();
            for (char mark : decomposed.substring(1).toCharArray()) {
                (mark == '\u0302' || mark == '\u0306' || mark == '\u031B' ? letter : tone).append(mark); // circumflex, breve, horn
            }
            cp1258.append(java.text.Normalizer.normalize(letter, java.text.Normalizer.Form.NFC)).append(tone);
        }
        var encoder = TextFiles.WINDOWS_1258.newEncoder()
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        var bytes = encoder.encode(java.nio.CharBuffer.wrap(cp1258));
        return java.util.Arrays.copyOf(bytes.array(), bytes.limit());
    }

    @Test
    void aWindows1258FileIsRecognisedAndItsVietnameseHeadersRead() throws IOException {
        Path file = temp.resolve("windows-1258.csv");
        Files.write(file, windows1258("Mã đơn vị,Tên đơn vị,Kỳ báo cáo,Tệ nạn xã hội\ntao-xuyen,Phường Tào Xuyên,Tháng 2/2025,4\n"));

        IngestResult result = ingest.ingest(file, vi);

        assertThat(result.rowsLoaded()).as(String.valueOf(result.message())).isEqualTo(1);
        assertThat(result.notes()).contains("Bảng mã của tệp: windows-1258");
        assertThat(yearTotal("tao-xuyen", "social_evils", 2025)).isEqualTo(4);
    }

    @Test
    void aFileThatIsNotInTheEncodingGivenIsRefusedBeforeAnyRowIsLoaded() throws IOException {
        Path file = temp.resolve("not-utf8.csv");
        StringBuilder rows = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Tệ nạn xã hội\n");
        for (int month = 1; month <= 12; month++) {
            rows.append("duc-xuan,").append(month).append("/2025,1\n");
        }
        rows.append("duc-xuan,T12/2025,Không rõ\n"); // a non-ASCII byte only on the last row
        Files.write(file, windows1258(rows.toString()));

        IngestResult result = ingest.ingest(file, new IngestService.Options(null, StandardCharsets.UTF_8), vi);

        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(result.message()).isEqualTo("Tệp not-utf8.csv không đọc được theo bảng mã UTF-8: hãy lưu lại tệp với bảng mã UTF-8, "
                + "hoặc chỉ rõ bảng mã bằng --encoding. Không nạp dòng nào.");
        assertThat(count("select count(*) from observation")).isZero();
        assertThat(count("select count(*) from source_file")).isZero();
    }

    @Test
    void speaksEnglishOnRequest() {
        IngestResult result = ingest.ingest(WITH_ERRORS, Messages.forLanguage("en"));

        assertThat(result.rowsRejected()).isEqualTo(7);
        assertThat(jdbc.sql("select reason from ingest_reject where row_number = 7").query(String.class).single())
                .isEqualTo("negative value “-2”: figures cannot be below 0");
    }

    @Test
    void aLoadLeavesNoLockOnThePooledConnectionSoAServerCanLoadTheFileAgainFromAnyOther() {
        IngestResult first = ingest.ingest(SAMPLES.resolve("statistics/thanh-hoa-2022-2024.csv"), org.wardstat.system.Messages.vietnamese());
        assertThat(first.outcome()).isEqualTo(IngestResult.Outcome.LOADED);

        assertThat(count("select count(*) from pg_locks where locktype = 'advisory'")).isZero();
    }
}
