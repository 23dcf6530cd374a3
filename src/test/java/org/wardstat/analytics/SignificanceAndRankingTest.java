package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wardstat.analytics.TestIndicators.CLEARANCE;
import static org.wardstat.analytics.TestIndicators.CRIMES;
import static org.wardstat.analytics.TestIndicators.HOTSPOTS;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

class SignificanceAndRankingTest {

    private static IndicatorChange change(Indicator indicator, long current, long prior) {
        return new IndicatorChange(indicator, Measure.of(BigDecimal.valueOf(current), 12), Measure.of(BigDecimal.valueOf(prior), 12));
    }

    @Test
    void zScoreIsTwiceTheDifferenceOfSquareRoots() {
        // Đức Xuân 31 → 24: 2(√24 − √31) = 2(4,898979 − 5,567764) = −1,33757: noise
        assertThat(change(CRIMES, 24, 31).zScore()).isCloseTo(-1.33757, within(1e-5));
        assertThat(change(CRIMES, 24, 31).significance()).isEqualTo(Significance.NOISE);
        // Tào Xuyên incidents 24 → 10: 2(√10 − √24) = 2(3,162278 − 4,898979) = −3,47340: significant
        assertThat(change(CRIMES, 10, 24).zScore()).isCloseTo(-3.47340, within(1e-5));
        assertThat(change(CRIMES, 10, 24).significance()).isEqualTo(Significance.SIGNIFICANT);
        // from zero: 0 → 3 has no percentage but has a z-score, 2√3 = 3,46410
        assertThat(change(CRIMES, 3, 0).zScore()).isCloseTo(3.46410, within(1e-5));
        assertThat(change(CRIMES, 0, 0).zScore()).isZero();
    }

    @Test
    void flagsStartExactlyAtTwoAndThree() {
        assertThat(change(CRIMES, 9, 4).zScore()).isEqualTo(2.0);          // 2(3 − 2)
        assertThat(change(CRIMES, 9, 4).significance()).isEqualTo(Significance.NOTABLE);
        assertThat(change(CRIMES, 4, 9).significance()).isEqualTo(Significance.NOTABLE);
        assertThat(Significance.of(2.9999)).isEqualTo(Significance.NOTABLE);
        assertThat(Significance.of(3.0)).isEqualTo(Significance.SIGNIFICANT);
        assertThat(Significance.of(-3.0)).isEqualTo(Significance.SIGNIFICANT);
        assertThat(Significance.of(1.9999)).isEqualTo(Significance.NOISE);
    }

    @Test
    void onlyCountsOfEventsHaveAZScore() {
        assertThat(change(HOTSPOTS, 3, 0).zScore()).as("a stock").isNull();
        assertThat(new IndicatorChange(CLEARANCE, Measure.rate(BigDecimal.ONE, BigDecimal.valueOf(2), 1),
                Measure.rate(BigDecimal.ONE, BigDecimal.ONE, 1)).zScore()).as("a rate").isNull();
        Indicator damage = new Indicator("fire_damage", 1, "Thiệt hại", "Damage", "tỷ đồng", "billion VND",
                Indicator.Kind.FLOW, Indicator.Better.LOWER, 2, null, null);
        assertThat(change(damage, 3, 1).zScore()).as("an amount of money").isNull();
        assertThat(new IndicatorChange(CRIMES, Measure.of(BigDecimal.TEN, 1), Measure.notReported()).zScore())
                .as("no prior value").isNull();
    }

    private static RolledUp ward(String code, IndicatorChange change) {
        OrgUnit ward = new OrgUnit(code, "area", "ward", "Phường " + code, "Ward " + code);
        return new RolledUp(ward, Window.year(2024), new Coverage(1, 1), new Coverage(1, 1),
                List.of(new AreaChange(change, new Coverage(1, 1), new Coverage(1, 1))));
    }

    @Test
    void ranksWardsByTheirZScoreBestFirstForALowerIsBetterCount() {
        List<WardRanking.Place> places = WardRanking.rank(List.of(
                ward("a", change(CRIMES, 24, 31)),   // z −1,34
                ward("b", change(CRIMES, 10, 24)),   // z −3,47: the largest real fall
                ward("c", change(CRIMES, 3, 1)),     // z +1,46
                ward("d", change(CRIMES, 0, 0)),     // z 0
                ward("e", new IndicatorChange(CRIMES, Measure.of(BigDecimal.ONE, 1), Measure.notReported()))),
                "social_order_crimes");

        assertThat(places).extracting(p -> p.rank() + " " + p.ward().code())
                .containsExactly("1 b", "2 a", "3 d", "4 c", "0 e");
        assertThat(places.get(4).ranked()).isFalse();
    }

    @Test
    void aWardWithFewerMonthsOnOneSideIsNotRanked() {
        // Quán Thánh, merged away at the end of June 2025: half a year against a whole one is no comparison
        IndicatorChange halfYear = new IndicatorChange(CRIMES, Measure.of(BigDecimal.valueOf(18), 6), Measure.of(BigDecimal.valueOf(34), 12));
        OrgUnit ward = new OrgUnit("quan-thanh", "ba-dinh", "ward", "Phường Quán Thánh", "Quan Thanh ward");
        RolledUp partial = new RolledUp(ward, Window.year(2025), new Coverage(1, 1), new Coverage(1, 1),
                List.of(new AreaChange(halfYear, new Coverage(1, 1), new Coverage(1, 1))));

        List<WardRanking.Place> places = WardRanking.rank(List.of(partial, ward("kim-ma", change(CRIMES, 5, 6))), "social_order_crimes");

        assertThat(places).extracting(p -> p.rank() + " " + p.ward().code()).containsExactly("1 kim-ma", "0 quan-thanh");
        assertThat(partial.indicators().get(0).comparable()).isFalse();
    }

    @Test
    void aLargeWardsFallOutranksASmallWardsBiggerPercentage() {
        // 40 → 25 is −37,5% with z −2,65; 4 → 1 is −75% with z −2: the large ward's fall is the stronger signal
        List<WardRanking.Place> places = WardRanking.rank(List.of(
                ward("small", change(CRIMES, 1, 4)), ward("large", change(CRIMES, 25, 40))), "social_order_crimes");
        assertThat(places).extracting(p -> p.rank() + " " + p.ward().code()).containsExactly("1 large", "2 small");
    }

    @Test
    void equalChangesShareARankAndHigherIsBetterRanksRisesFirst() {
        Indicator cleared = TestIndicators.CLEARED;
        List<WardRanking.Place> places = WardRanking.rank(List.of(
                ward("x", change(cleared, 1, 4)), ward("y", change(cleared, 9, 4)), ward("z", change(cleared, 9, 4))),
                "social_order_crimes_cleared");
        assertThat(places).extracting(p -> p.rank() + " " + p.ward().code()).containsExactly("1 y", "1 z", "3 x");
    }
}
