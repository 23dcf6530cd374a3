package org.wardstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.MonthlyValues;
import org.wardstat.analytics.Window;
import org.wardstat.analytics.YearOverYear;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.criteria.CriterionResult.Outcome;

/** Each kind of rule against figures made by hand, and the words of each reason. */
class AttainmentTest {

    static final List<Indicator> INDICATORS = List.copyOf(RuleParserTest.INDICATORS.values());
    static final OrgUnit WARD = new OrgUnit("phuong-a", "quan-b", "ward", "Phường A", "Ward A");

    /** The year's twelve months of one indicator. */
    private static MonthlyValues year(MonthlyValues values, String code, int year, int... months) {
        for (int i = 0; i < months.length; i++) {
            values.put(code, YearMonth.of(year, i + 1), months[i]);
        }
        return values;
    }

    private static Map<String, IndicatorChange> figures(MonthlyValues values) {
        return YearOverYear.compare(INDICATORS, values, Window.year(2024)).stream()
                .collect(Collectors.toMap(c -> c.indicator().code(), Function.identity()));
    }

    static Criterion computed(int number, int group, String rule, Verdict zeroBase, Verdict noPrior) {
        return new Criterion(number, "c" + number, group, "Tiêu chí " + number, "Criterion " + number, true, Criterion.Kind.COMPUTED,
                RuleParser.parse(rule, RuleParserTest.INDICATORS), zeroBase, noPrior, number + 1);
    }

    private static CriterionResult evaluate(String rule, MonthlyValues values) {
        return evaluate(computed(1, 1, rule, null, null), values);
    }

    private static CriterionResult evaluate(Criterion criterion, MonthlyValues values) {
        return Attainment.computed(criterion, 2024, figures(values));
    }

    private static MonthlyValues crimes(int[] occurred, int[] cleared) {
        MonthlyValues values = year(new MonthlyValues(), "social_order_crimes", 2024, occurred);
        return year(values, "social_order_crimes_cleared", 2024, cleared);
    }

    @Test
    void aThresholdOnARateIsTheRatioOfTheYearsSums() {
        // 6 of 7 cleared: 85,71%
        MonthlyValues values = crimes(new int[] {1, 0, 2, 0, 1, 0, 0, 1, 0, 1, 1, 0}, new int[] {1, 0, 2, 0, 0, 0, 0, 1, 0, 1, 1, 0});
        Criterion clearance = computed(13, 5, "clearance_rate >= 90", Verdict.MET, null);

        CriterionResult result = evaluate(clearance, values);

        assertThat(result.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(result.reason(true)).isEqualTo("tỷ lệ khám phá tội phạm về trật tự xã hội 85,71% < 90%");
        assertThat(result.reason(false)).isEqualTo("clearance rate of social-order crimes 85.71% < 90%");
        assertThat(evaluate(computed(13, 5, "clearance_rate >= 85", Verdict.MET, null), values).reason(true))
                .isEqualTo("tỷ lệ khám phá tội phạm về trật tự xã hội 85,71% ≥ 85%");
    }

    @Test
    void aHundredPercentRateIsMetOnlyWhenEveryReportIsResolved() {
        MonthlyValues all = year(new MonthlyValues(), "crime_reports_received", 2024, 2, 1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2);
        year(all, "crime_reports_resolved", 2024, 2, 1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2);
        MonthlyValues allButOne = year(new MonthlyValues(), "crime_reports_received", 2024, 2, 1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2);
        year(allButOne, "crime_reports_resolved", 2024, 2, 1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1);
        Criterion reports = computed(14, 5, "crime_reports_resolved_rate = 100", Verdict.MET, null);

        assertThat(evaluate(reports, all).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate(reports, all).reason(true)).isEqualTo("tỷ lệ giải quyết tin báo, tố giác tội phạm 100% = 100%");
        assertThat(evaluate(reports, allButOne).outcome()).isEqualTo(Outcome.UNMET);
        // 17 of 18
        assertThat(evaluate(reports, allButOne).reason(true)).isEqualTo("tỷ lệ giải quyết tin báo, tố giác tội phạm 94,44% < 100%");
    }

    @Test
    void aStockIsJudgedByItsValueAtYearEnd() {
        MonthlyValues clearedInDecember = year(new MonthlyValues(), "hotspots", 2024, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0);
        MonthlyValues halfYear = year(new MonthlyValues(), "hotspots", 2024, 0, 0, 0, 0, 0, 1);

        assertThat(evaluate("hotspots = 0", clearedInDecember).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate("hotspots = 0", clearedInDecember).reason(true)).isEqualTo("tụ điểm phức tạp về hình sự, ma túy 0 tụ điểm = 0 tụ điểm");
        // the last month reported stands for the year end, and the reason says the year is incomplete
        assertThat(evaluate("hotspots = 0", halfYear).reason(true))
                .isEqualTo("tụ điểm phức tạp về hình sự, ma túy 1 tụ điểm (số liệu 6/12 tháng) > 0 tụ điểm");
        assertThat(evaluate("hq_floor_area >= 160", year(new MonthlyValues(), "hq_floor_area", 2024, 152)).reason(true))
                .isEqualTo("diện tích làm việc của trụ sở 152 m² (số liệu 1/12 tháng) < 160 m²");
    }

    @Test
    void notAboveTheSamePeriodLastYear() {
        MonthlyValues rising = year(year(new MonthlyValues(), "social_order_crimes", 2023, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1),
                "social_order_crimes", 2024, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        MonthlyValues level = year(year(new MonthlyValues(), "social_order_crimes", 2023, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1),
                "social_order_crimes", 2024, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0);
        Criterion trend = computed(12, 5, "social_order_crimes <= prior(social_order_crimes)", null, Verdict.UNMET);

        assertThat(evaluate(trend, rising).outcome()).isEqualTo(Outcome.UNMET);
        assertThat(evaluate(trend, rising).reason(true)).isEqualTo("tội phạm về trật tự xã hội (số vụ xảy ra) 25 vụ > 22 vụ cùng kỳ năm 2023");
        assertThat(evaluate(trend, rising).reason(false))
                .isEqualTo("social-order crimes (cases occurred) 25 cases > 22 cases in the same period of 2023");
        assertThat(evaluate(trend, level).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate(trend, level).reason(true)).isEqualTo("tội phạm về trật tự xã hội (số vụ xảy ra) 22 vụ ≤ 22 vụ cùng kỳ năm 2023");
    }

    @Test
    void aRateOverAZeroBaseIsWhatTheCatalogSaysAndTheReasonSaysSo() {
        MonthlyValues noCrime = crimes(new int[12], new int[12]);

        CriterionResult counted = evaluate(computed(13, 5, "clearance_rate >= 90", Verdict.MET, null), noCrime);
        CriterionResult notCounted = evaluate(computed(13, 5, "clearance_rate >= 90", Verdict.UNMET, null), noCrime);

        assertThat(counted.outcome()).isEqualTo(Outcome.MET);
        assertThat(counted.reason(true)).isEqualTo("không phát sinh tội phạm về trật tự xã hội (số vụ xảy ra) năm 2024 nên không tính được "
                + "tỷ lệ khám phá tội phạm về trật tự xã hội; theo bộ tiêu chí, trường hợp này được tính là đạt");
        assertThat(counted.reason(false)).isEqualTo("no social-order crimes (cases occurred) in 2024, so there is no "
                + "clearance rate of social-order crimes; the catalog counts this case as met");
        assertThat(notCounted.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(notCounted.reason(true)).endsWith("theo bộ tiêu chí, trường hợp này được tính là chưa đạt");
    }

    @Test
    void noFiguresForTheYearIsNeverMet() {
        MonthlyValues lastYearOnly = year(new MonthlyValues(), "hotspots", 2023, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        CriterionResult hotspots = evaluate("hotspots = 0", lastYearOnly);
        // a rate whose flows were not reported is missing data, whatever the catalog says of a zero base
        CriterionResult clearance = evaluate(computed(13, 5, "clearance_rate >= 90", Verdict.MET, null), new MonthlyValues());

        assertThat(hotspots.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(hotspots.reason(true)).isEqualTo("không có số liệu tụ điểm phức tạp về hình sự, ma túy năm 2024");
        assertThat(hotspots.reason(false)).isEqualTo("no figures for crime and drug hotspots in 2024");
        assertThat(clearance.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(clearance.reason(true)).isEqualTo("không có số liệu tỷ lệ khám phá tội phạm về trật tự xã hội năm 2024");
    }

    @Test
    void noFiguresForTheYearBeforeIsWhatTheCatalogSays() {
        MonthlyValues firstYear = year(new MonthlyValues(), "social_order_crimes", 2024, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);

        CriterionResult exempt = evaluate(computed(12, 5, "social_order_crimes <= prior(social_order_crimes)", null, Verdict.MET), firstYear);
        CriterionResult strict = evaluate(computed(12, 5, "social_order_crimes <= prior(social_order_crimes)", null, Verdict.UNMET), firstYear);

        assertThat(exempt.outcome()).isEqualTo(Outcome.MET);
        assertThat(exempt.reason(true)).isEqualTo("không có số liệu tội phạm về trật tự xã hội (số vụ xảy ra) cùng kỳ năm 2023 để so sánh; "
                + "theo bộ tiêu chí, trường hợp này được tính là đạt");
        assertThat(strict.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(strict.reason(false)).isEqualTo("no figures for social-order crimes (cases occurred) in the same period of 2023 "
                + "to compare with; the catalog counts this case as not met");
    }

    @Test
    void everyPartOfAnAndRuleMustHoldAndOnlyTheFailingOnesAreNamed() {
        MonthlyValues values = year(new MonthlyValues(), "fire_safety_groups", 2024, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6);
        year(values, "public_fire_points", 2024, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);

        CriterionResult five = evaluate("fire_safety_groups >= 5 and public_fire_points >= 5", values);
        CriterionResult four = evaluate("fire_safety_groups >= 4 and public_fire_points >= 4", values);

        assertThat(five.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(five.reason(true)).isEqualTo("điểm chữa cháy công cộng 4 điểm < 5 điểm");
        assertThat(four.outcome()).isEqualTo(Outcome.MET);
        assertThat(four.reason(true)).isEqualTo("tổ liên gia an toàn phòng cháy chữa cháy 6 tổ ≥ 4 tổ; điểm chữa cháy công cộng 4 điểm ≥ 4 điểm");
    }

    @Test
    void anAssessedCriterionIsTheAssessmentOrNotAssessed() {
        Criterion partyCell = new Criterion(1, "party-cell", 1, "Chi bộ trong sạch, vững mạnh", "Clean party cell", true,
                Criterion.Kind.ASSESSED, null, null, null, 2);
        Assessment met = new Assessment("phuong-a", "x", "party-cell", 2024, Verdict.MET, LocalDate.of(2024, 12, 16), "Biên bản số 12", "a.csv:2");
        Assessment unmet = new Assessment("phuong-a", "x", "party-cell", 2024, Verdict.UNMET, LocalDate.of(2024, 12, 16), "", "a.csv:2");

        assertThat(Attainment.assessed(partyCell, 2024, met).outcome()).isEqualTo(Outcome.MET);
        assertThat(Attainment.assessed(partyCell, 2024, met).reason(true)).isEqualTo("đánh giá ngày 16/12/2024: đạt — Biên bản số 12");
        assertThat(Attainment.assessed(partyCell, 2024, unmet).outcome()).isEqualTo(Outcome.UNMET);
        assertThat(Attainment.assessed(partyCell, 2024, unmet).reason(false)).isEqualTo("assessed on 16/12/2024: not met");
        assertThat(Attainment.assessed(partyCell, 2024, null).outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Attainment.assessed(partyCell, 2024, null).reason(true))
                .isEqualTo("chưa có đánh giá năm 2024 (tiêu chí do cán bộ đánh giá, không tính từ số liệu)");
    }

    @Test
    void aWardsYearCountsItsCriteriaOverallAndPerGroup() {
        Criterion hotspots = computed(1, 1, "hotspots = 0", null, null);
        Criterion hq = new Criterion(2, "hq-area", 2, "Diện tích trụ sở đảm bảo", "Headquarters area", true, Criterion.Kind.COMPUTED,
                RuleParser.parse("hq_floor_area >= 160", RuleParserTest.INDICATORS), null, null, 3);
        Criterion assessed = new Criterion(3, "party-cell", 2, "Chi bộ vững mạnh", "Party cell", true, Criterion.Kind.ASSESSED, null, null, null, 4);
        CriteriaCatalog catalog = new CriteriaCatalog("test", "Bộ thử", "Test", 2024, null,
                List.of(new CriterionGroup(1, "Nhóm một", "Group one", false), new CriterionGroup(2, "Nhóm hai", "Group two", true)),
                List.of(hotspots, hq, assessed), "test.csv");
        MonthlyValues values = year(new MonthlyValues(), "hotspots", 2024, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        year(values, "hq_floor_area", 2024, 152, 152, 152, 152, 152, 152, 152, 152, 152, 152, 152, 152);

        WardAttainment ward = Attainment.evaluate(WARD, 2024, catalog, figures(values), Map.of());

        assertThat(ward.met()).isEqualTo(1);
        assertThat(ward.total()).isEqualTo(3);
        assertThat(ward.meetsAll()).isFalse();
        assertThat(ward.groups()).extracting(g -> g.group().nameVi(), GroupResult::met, GroupResult::total)
                .containsExactly(tuple("Nhóm một", 1, 1), tuple("Nhóm hai", 0, 2));
        assertThat(ward.notMet()).extracting(CriterionResult::outcome).containsExactly(Outcome.UNMET, Outcome.NOT_ASSESSED);
        assertThat(ward.summary(true)).isEqualTo("đạt 1/3 tiêu chí, còn 2 tiêu chí chưa đạt — tiêu chí 2: diện tích trụ sở đảm bảo; "
                + "tiêu chí 3: chi bộ vững mạnh");
        assertThat(ward.summary(false)).isEqualTo("met 1/3 criteria, 2 not met — criterion 2: headquarters area; criterion 3: party cell");
        assertThat(catalog.indicators()).extracting(Indicator::code).containsExactly("hotspots", "hq_floor_area");
        assertThat(catalog.sampleWording()).isTrue();

        AreaAttainment area = new AreaAttainment(WARD, 2024, catalog, List.of(ward,
                Attainment.evaluate(WARD, 2024, catalog, figures(values), Map.of("party-cell",
                        new Assessment("phuong-a", "test", "party-cell", 2024, Verdict.MET, LocalDate.of(2024, 12, 1), "", "a.csv:2")))));
        assertThat(area.summary(true)).isEqualTo("0/2 phường đạt đủ tiêu chí");
    }
}
