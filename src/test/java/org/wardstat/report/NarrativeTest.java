package org.wardstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wardstat.analytics.AreaChange;
import org.wardstat.analytics.Coverage;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.MonthlyValues;
import org.wardstat.analytics.Window;
import org.wardstat.analytics.YearOverYear;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.Messages;

class NarrativeTest {

    private static final List<Indicator> CATALOG = CatalogFiles.readIndicators(Path.of("catalog/indicators.csv"));
    private static final Window YEAR_2023 = Window.year(2023);

    /** Puts a year's total into June, enough for yearly sums. */
    private static MonthlyValues year(MonthlyValues values, int year, Object... codeAndValue) {
        for (int i = 0; i < codeAndValue.length; i += 2) {
            values.put((String) codeAndValue[i], YearMonth.of(year, 6), ((Integer) codeAndValue[i + 1]).longValue());
        }
        return values;
    }

    private static String narrative(MonthlyValues values, Messages messages) {
        return Narrative.write(YearOverYear.compare(CATALOG, values, YEAR_2023).stream().map(NarrativeTest::oneWard).toList(),
                YEAR_2023, messages);
    }

    /** One ward's change: compared when both sides reported over as many months, as RollUps decides. */
    static AreaChange oneWard(IndicatorChange change) {
        int compared = change.current().reported() && change.prior().reported()
                && change.current().monthsReported() == change.prior().monthsReported() ? 1 : 0;
        return new AreaChange(change, new Coverage(1, 1), new Coverage(1, 1), new Coverage(compared, 1));
    }

    private static MonthlyValues ducXuan() {
        MonthlyValues values = new MonthlyValues();
        year(values, 2022, "social_order_crimes", 31, "social_order_crimes_cleared", 28,
                "crime_reports_received", 42, "crime_reports_resolved", 41,
                "admin_procedures_received", 4000, "admin_procedures_on_time", 3990, "admin_procedures_early", 700,
                "social_evils", 0);
        year(values, 2023, "social_order_crimes", 24, "social_order_crimes_cleared", 22,
                "crime_reports_received", 39, "crime_reports_resolved", 39,
                "admin_procedures_received", 4155, "admin_procedures_on_time", 4155, "admin_procedures_early", 831,
                "social_evils", 3, "fire_safety_groups", 6, "public_fire_points", 6);
        return values;
    }

    @Test
    void saysWhatChangedAgainstTheSamePeriodInTheSeedsWords() {
        String text = narrative(ducXuan(), Messages.vietnamese());

        assertThat(text).contains("Tội phạm về trật tự xã hội xảy ra 24 vụ, giảm 7 vụ (\u221222,6%) so với cùng kỳ năm 2022; "
                + "khám phá 22 vụ, tỷ lệ khám phá 91,67%.");
        assertThat(text).contains("100% tin báo, tố giác tội phạm và kiến nghị khởi tố (39 tin) được tiếp nhận, giải quyết.");
        assertThat(text).contains("100% thủ tục hành chính (4.155 hồ sơ) giải quyết đúng thời hạn, trong đó 20% giải quyết trước thời hạn.");
        assertThat(text).contains("Duy trì 6 tổ liên gia an toàn phòng cháy chữa cháy và 6 điểm chữa cháy công cộng.");
    }

    @Test
    void anIncreaseFromZeroIsSaidInWordsWithoutAPercentage() {
        String text = narrative(ducXuan(), Messages.vietnamese());

        assertThat(text).contains("Tệ nạn xã hội xảy ra 3 vụ, tăng 3 vụ (cùng kỳ không xảy ra) so với cùng kỳ năm 2022.");
        assertThat(text).doesNotContain("∞").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void nothingHappenedIsSaidAsSuch() {
        MonthlyValues values = new MonthlyValues();
        year(values, 2022, "serious_crimes", 2, "traffic_accidents", 3, "traffic_deaths", 1, "traffic_injuries", 4);
        year(values, 2023, "serious_crimes", 0, "traffic_accidents", 0, "traffic_deaths", 0, "traffic_injuries", 0);

        String text = narrative(values, Messages.vietnamese());

        assertThat(text).contains("Không xảy ra án nghiêm trọng trở lên, giảm 2 vụ so với cùng kỳ năm 2022.");
        assertThat(text).contains("Không xảy ra tai nạn giao thông, giảm 3 vụ so với cùng kỳ năm 2022.");
    }

    @Test
    void trafficFallingOnAllThreeFiguresIsSaidSo() {
        MonthlyValues values = new MonthlyValues();
        year(values, 2022, "traffic_accidents", 8, "traffic_deaths", 2, "traffic_injuries", 9);
        year(values, 2023, "traffic_accidents", 6, "traffic_deaths", 1, "traffic_injuries", 7);

        String text = narrative(values, Messages.vietnamese());

        assertThat(text).contains("Tai nạn giao thông xảy ra 6 vụ, làm chết 1 người, bị thương 7 người; so với cùng kỳ năm 2022: "
                + "số vụ giảm 2 vụ (\u221225%), số người chết giảm 1 người (\u221250%), số người bị thương giảm 2 người (\u221222,2%); "
                + "giảm cả 3 tiêu chí.");
    }

    @Test
    void aZeroNumberOfDeadOrInjuredIsLeftOutNotWrittenAsZero() {
        MonthlyValues values = new MonthlyValues();
        year(values, 2022, "fires", 1, "fire_deaths", 0, "fire_injuries", 0, "traffic_accidents", 4, "traffic_deaths", 0, "traffic_injuries", 2);
        year(values, 2023, "fires", 1, "fire_deaths", 0, "fire_injuries", 0, "traffic_accidents", 5, "traffic_deaths", 0, "traffic_injuries", 3);

        String text = narrative(values, Messages.vietnamese());

        assertThat(text).contains("Cháy, nổ xảy ra 1 vụ, không có thương vong; so với cùng kỳ năm 2022: số vụ không thay đổi,")
                .contains("Tai nạn giao thông xảy ra 5 vụ, bị thương 3 người; so với cùng kỳ năm 2022:")
                .doesNotContain("0 người");
        assertThat(narrative(values, Messages.forLanguage("en"))).contains("Fires and explosions: 1, with no casualties;");
    }

    @Test
    void partialResolutionGivesTheShare() {
        MonthlyValues values = new MonthlyValues();
        year(values, 2023, "crime_reports_received", 40, "crime_reports_resolved", 37);

        assertThat(narrative(values, Messages.vietnamese()))
                .contains("Tiếp nhận 40 tin báo, tố giác tội phạm và kiến nghị khởi tố, đã giải quyết 37 tin, đạt 92,50%.");
    }

    @Test
    void speaksEnglishOnRequest() {
        String text = narrative(ducXuan(), Messages.forLanguage("en"));

        assertThat(text).contains("Social-order crimes: 24 cases, down 7 cases (\u221222.6%) on the same period of 2022; "
                + "22 cleared, a clearance rate of 91.67%.");
        assertThat(text).contains("100% of administrative procedures (4,155 files) were settled on time, 20% of them early.");
    }

    @Test
    void aFigureThatCannotBeComparedIsToldWithoutAChangeOrAPercentage() {
        MonthlyValues values = new MonthlyValues();
        // last year's twelve months against this year's first ten: the table says "không so sánh được"
        for (int month = 1; month <= 12; month++) {
            values.put("social_order_crimes", YearMonth.of(2022, month), 1);
            values.put("traffic_accidents", YearMonth.of(2022, month), 1);
            values.put("traffic_deaths", YearMonth.of(2022, month), 0);
            values.put("traffic_injuries", YearMonth.of(2022, month), 1);
            if (month <= 10) {
                values.put("social_order_crimes", YearMonth.of(2023, month), month == 1 ? 3 : 1);
                values.put("traffic_accidents", YearMonth.of(2023, month), 1);
                values.put("traffic_deaths", YearMonth.of(2023, month), 0);
                values.put("traffic_injuries", YearMonth.of(2023, month), 2);
            }
        }

        String text = narrative(values, Messages.vietnamese());

        assertThat(text).contains("Tội phạm về trật tự xã hội xảy ra 12 vụ (không so sánh được với cùng kỳ năm 2022).")
                .contains("Tai nạn giao thông xảy ra 10 vụ, bị thương 20 người (không so sánh được với cùng kỳ năm 2022).")
                .doesNotContain("tăng", "giảm", "%");
    }
}
