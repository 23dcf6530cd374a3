package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;

/**
 * The summaries (years, quarters, first six and nine months) equal the stored months after a load, a corrected resubmission,
 * a merger's file and writes that bypass the load; a summary made wrong by hand is found by the
 * check and put right by a rebuild.
 */
class SummariesTest extends PipelineTest {

    @Autowired
    IngestService ingest;

    @Autowired
    Summaries summaries;

    @TempDir
    Path temp;

    @Test
    void afterALoadTheSummariesAreTheMonthsSums() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        assertThat(summaries.check(10)).isEmpty();
        // 6 wards × 3 years × (1 year + 4 quarters + the first six and nine months) × (indicators stored + rates)
        assertThat(summaries.rows()).isGreaterThan(6 * 3 * 7 * 20);
        assertThat(summary("Y", "2024-01-01", "duc-xuan", "social_order_crimes"))
                .isEqualByComparingTo(monthsSum("duc-xuan", "social_order_crimes", "2024-01-01", "2024-12-01"));
        assertThat(summary("Q", "2024-10-01", "duc-xuan", "social_order_crimes"))
                .isEqualByComparingTo(monthsSum("duc-xuan", "social_order_crimes", "2024-10-01", "2024-12-01"));
        assertThat(summary("H", "2024-01-01", "duc-xuan", "social_order_crimes"))
                .isEqualByComparingTo(monthsSum("duc-xuan", "social_order_crimes", "2024-01-01", "2024-06-01"));
        assertThat(summary("N", "2024-01-01", "duc-xuan", "social_order_crimes"))
                .isEqualByComparingTo(monthsSum("duc-xuan", "social_order_crimes", "2024-01-01", "2024-09-01"));
        // a stock's last value: September's for the nine months, as the month table has it
        assertThat(jdbc.sql("select last_value from observation_summary where grain = 'N' and period = '2024-01-01' "
                        + "and org_unit_code = 'duc-xuan' and indicator_code = 'officers'").query(BigDecimal.class).single())
                .isEqualByComparingTo(monthsSum("duc-xuan", "officers", "2024-09-01", "2024-09-01"));
    }

    @Test
    void aCorrectedResubmissionUpdatesThem() throws Exception {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        BigDecimal before = summary("Y", "2024-01-01", "duc-xuan", "social_order_crimes");
        BigDecimal march = jdbc.sql("select value from observation where org_unit_code = 'duc-xuan' and indicator_code = 'social_order_crimes' "
                + "and period = '2024-03-01'").query(BigDecimal.class).single();
        Path correction = temp.resolve("sua-thang-3.csv");
        Files.writeString(correction, "ward_code,period,social_order_crimes\nduc-xuan,2024-03," + march.add(BigDecimal.TEN).intValue() + "\n",
                StandardCharsets.UTF_8);
        assertThat(ingest.ingest(correction, Messages.vietnamese()).valuesChanged()).isEqualTo(1);
        assertThat(summary("Y", "2024-01-01", "duc-xuan", "social_order_crimes")).isEqualByComparingTo(before.add(BigDecimal.TEN));
        assertThat(summaries.check(10)).isEmpty();
    }

    @Test
    void aMergersFileAndWritesBesideTheLoadKeepThemEqual() {
        ingest.ingest(SAMPLES.resolve("statistics/ha-noi-2022-2024.csv"), Messages.vietnamese());
        ingest.ingest(SAMPLES.resolve("statistics/ha-noi-2025-merger.csv"), Messages.vietnamese());
        assertThat(summaries.check(10)).isEmpty();
        jdbc.sql("delete from observation where period = '2025-02-01'").update();
        jdbc.sql("update observation set value = value + 1 where period = '2024-07-01' and indicator_code = 'fires'").update();
        assertThat(summaries.check(10)).isEmpty();
    }

    @Test
    void monthsAddedToAYearAlreadySummarisedAddToItsSumsFirstAndLastMonths() throws Exception {
        // March and May first; then January (earlier), June (later), and rate parts arriving after their other part
        ingest(temp.resolve("thang-3-5.csv"), """
                ward_code,period,social_order_crimes,officers,crime_reports_resolved
                duc-xuan,2024-03,5,20,2
                duc-xuan,2024-05,7,21,
                """);
        ingest(temp.resolve("thang-1-6.csv"), """
                ward_code,period,social_order_crimes,officers,social_order_crimes_cleared,crime_reports_received
                duc-xuan,2024-01,4,19,,
                duc-xuan,2024-03,5,20,,4
                duc-xuan,2024-05,7,21,3,
                duc-xuan,2024-06,6,22,2,
                """);

        assertThat(summaries.check(10)).isEmpty();
        assertThat(stored("Y", "2024-01-01", "social_order_crimes")).isEqualTo("22 6 2024-01-01 2024-06-01 4");
        // a stock's last value is June's for the year, the first half and the nine months; March's for the first quarter
        assertThat(stored("Y", "2024-01-01", "officers")).isEqualTo("82 22 2024-01-01 2024-06-01 4");
        assertThat(stored("H", "2024-01-01", "officers")).isEqualTo("82 22 2024-01-01 2024-06-01 4");
        assertThat(stored("Q", "2024-01-01", "officers")).isEqualTo("39 20 2024-01-01 2024-03-01 2");
        // cleared in May (crimes stored before) and June (both in one file): 3 + 2 of 7 + 6, two months
        assertThat(stored("Y", "2024-01-01", "clearance_rate")).isEqualTo("5/13 2024-05-01 2024-06-01 2");
        // resolved in March, received only with the second file: the month counts once both are there
        assertThat(stored("Y", "2024-01-01", "crime_reports_resolved_rate")).isEqualTo("2/4 2024-03-01 2024-03-01 1");
    }

    @Test
    void changedValuesMovedKeysAndUnchangedValuesKeepThemEqual() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        String officers = stored("Y", "2024-01-01", "officers");
        BigDecimal december = monthsSum("duc-xuan", "officers", "2024-12-01", "2024-12-01");
        String clearance = stored("Y", "2024-01-01", "clearance_rate");

        // a stock's last month: its new value is the year's last value
        jdbc.sql("update observation set value = value + 5 where org_unit_code = 'duc-xuan' and indicator_code = 'officers' "
                + "and period = '2024-12-01'").update();
        assertThat(stored("Y", "2024-01-01", "officers")).isNotEqualTo(officers)
                .startsWith(monthsSum("duc-xuan", "officers", "2024-01-01", "2024-12-01").stripTrailingZeros().toPlainString() + " "
                        + december.add(BigDecimal.valueOf(5)).stripTrailingZeros().toPlainString() + " ");
        // both parts of a rate in one statement: the numerator and the denominator each move by one
        jdbc.sql("update observation set value = value + 1 where org_unit_code = 'duc-xuan' and period = '2024-02-01' "
                + "and indicator_code in ('social_order_crimes', 'social_order_crimes_cleared')").update();
        String[] before = clearance.split("[/ ]");
        String[] after = stored("Y", "2024-01-01", "clearance_rate").split("[/ ]");
        assertThat(new BigDecimal(after[0])).isEqualByComparingTo(new BigDecimal(before[0]).add(BigDecimal.ONE));
        assertThat(new BigDecimal(after[1])).isEqualByComparingTo(new BigDecimal(before[1]).add(BigDecimal.ONE));
        // a value moved to another month (a key changed): the ward-years on both sides are computed again
        jdbc.sql("update observation set period = '2027-07-01' where org_unit_code = 'duc-xuan' and period = '2024-07-01'").update();
        assertThat(stored("Y", "2027-01-01", "social_order_crimes")).endsWith("2027-07-01 2027-07-01 1");
        // nothing but the note changed
        jdbc.sql("update observation set note = 'đã kiểm tra' where org_unit_code = 'song-cau'").update();
        assertThat(summaries.check(10)).isEmpty();
    }

    @Test
    void aWrongSummaryIsFoundAndRebuilt() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        long rows = summaries.rows();
        jdbc.sql("update observation_summary set total = total + 1 where grain = 'Y' and period = '2023-01-01' and org_unit_code = 'song-cau' "
                + "and indicator_code = 'social_order_crimes'").update();
        jdbc.sql("delete from observation_summary where grain = 'Q' and period = '2022-04-01' and org_unit_code = 'duc-xuan' "
                + "and indicator_code = 'fires'").update();
        List<Summaries.Difference> differences = summaries.check(10);
        assertThat(differences).extracting(Summaries.Difference::grain, Summaries.Difference::period, Summaries.Difference::ward,
                Summaries.Difference::indicator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Q", "2022-04-01", "duc-xuan", "fires"),
                org.assertj.core.groups.Tuple.tuple("Y", "2023-01-01", "song-cau", "social_order_crimes"));
        assertThat(differences.get(0).stored()).isEmpty();
        assertThat(summaries.rebuild()).isEqualTo(rows);
        assertThat(summaries.check(10)).isEmpty();
    }

    @Test
    void aWindowIsCutIntoWholeYearsNineOrSixMonthsQuartersAndMonths() {
        assertThat(WindowParts.of(Window.year(2024))).containsExactly(new WindowParts.Part("Y", YearMonth.of(2024, 1)));
        assertThat(WindowParts.of(Window.parse("YTD-2025-10").orElseThrow())).containsExactly(
                new WindowParts.Part("N", YearMonth.of(2025, 1)), new WindowParts.Part("M", YearMonth.of(2025, 10)));
        assertThat(WindowParts.of(Window.parse("YTD-2025-09").orElseThrow())).extracting(WindowParts.Part::grain).containsExactly("N");
        assertThat(WindowParts.of(Window.parse("YTD-2025-08").orElseThrow())).extracting(WindowParts.Part::grain)
                .containsExactly("H", "M", "M");
        assertThat(WindowParts.of(Window.parse("2025-H1").orElseThrow())).extracting(WindowParts.Part::grain).containsExactly("H");
        assertThat(WindowParts.of(Window.parse("2025-H2").orElseThrow())).extracting(WindowParts.Part::grain).containsExactly("Q", "Q");
        assertThat(WindowParts.of(Window.rolling12(YearMonth.of(2025, 5)))).containsExactly(
                new WindowParts.Part("M", YearMonth.of(2024, 6)), new WindowParts.Part("Q", YearMonth.of(2024, 7)),
                new WindowParts.Part("Q", YearMonth.of(2024, 10)), new WindowParts.Part("Q", YearMonth.of(2025, 1)),
                new WindowParts.Part("M", YearMonth.of(2025, 4)), new WindowParts.Part("M", YearMonth.of(2025, 5)));
        assertThat(WindowParts.of(Window.month(YearMonth.of(2024, 11)))).containsExactly(new WindowParts.Part("M", YearMonth.of(2024, 11)));
    }

    private void ingest(Path file, String content) throws Exception {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThat(ingest.ingest(file, Messages.vietnamese()).outcome()).isEqualTo(IngestResult.Outcome.LOADED);
    }

    /** A summary of Đức Xuân as "total last_value first last months", or "numerator/denominator first last months" for a rate. */
    private String stored(String grain, String period, String indicator) {
        return jdbc.sql("""
                        select case when denominator is null then concat_ws(' ', trim_scale(total), coalesce(trim_scale(last_value)::text, 'null'))
                                    else trim_scale(total) || '/' || trim_scale(denominator) end
                               || ' ' || first_period || ' ' || last_period || ' ' || months
                        from observation_summary where grain = :g and period = cast(:p as date) and org_unit_code = 'duc-xuan' and indicator_code = :i
                        """)
                .param("g", grain).param("p", period).param("i", indicator).query(String.class).single();
    }

    private BigDecimal summary(String grain, String period, String ward, String indicator) {
        return jdbc.sql("select total from observation_summary where grain = :g and period = cast(:p as date) and org_unit_code = :w "
                        + "and indicator_code = :i")
                .param("g", grain).param("p", period).param("w", ward).param("i", indicator).query(BigDecimal.class).single();
    }

    private BigDecimal monthsSum(String ward, String indicator, String from, String to) {
        return jdbc.sql("select sum(value) from observation where org_unit_code = :w and indicator_code = :i "
                        + "and period between cast(:f as date) and cast(:t as date)")
                .param("w", ward).param("i", indicator).param("f", from).param("t", to).query(BigDecimal.class).single();
    }
}
