package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wardstat.analytics.TestIndicators.CLEARANCE;
import static org.wardstat.analytics.TestIndicators.CRIMES;
import static org.wardstat.analytics.TestIndicators.HOTSPOTS;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.BinomialTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

class SignificanceAndRankingTest {

    private static IndicatorChange change(Indicator indicator, long current, long prior) {
        return new IndicatorChange(indicator, Measure.of(BigDecimal.valueOf(current), 12), Measure.of(BigDecimal.valueOf(prior), 12));
    }

    /**
     * Two-sided p-values computed by hand as exact fractions, P(X ≤ min) for X ~ Binomial(n, ½)
     * doubled: Σ C(n, i) for i ≤ min, over 2^n, times 2 (the values R's poisson.test(c(a, b)) gives).
     */
    @ParameterizedTest(name = "{0} → {1}: p = {2}")
    @CsvSource({
            "0, 0, 1",                          // nothing either year
            "0, 1, 1",                          // 1 → 0: P(X ≤ 0) = 1/2, doubled 1
            "0, 4, 0.125",                      // 4 → 0: 2 · 1/16, noise (the z shortcut called it a real change)
            "4, 12, 0.076812744140625",         // 12 → 4: 2 · 2517/65536
            "11, 25, 0.0288167196558788",       // 25 → 11: 2 · P(X ≤ 11 | n = 36)
            "5, 18, 0.0106220245361328",        // 18 → 5: 2 · 44 552/8 388 608 · … = 89 104/8 388 608
            "180, 200, 0.329724970192052",      // 200 → 180
            "4410, 4266, 0.124719982885445",    // 4.266 → 4.410, n = 8.676
            "0, 3, 0.25",                       // 3 → 0: 2/8
    })
    void pValuesAreThoseOfTheExactConditionalTestComputedByHand(long current, long prior, double expected) {
        assertThat(Significance.pValue(current, prior)).isCloseTo(expected, within(1e-12));
        assertThat(Significance.pValue(prior, current)).as("the test is symmetric").isCloseTo(expected, within(1e-12));
    }

    @Test
    void theFlagFollowsTheDomainsThresholdsOnP() {
        assertThat(change(CRIMES, 0, 4).significance()).as("4 → 0, p 0,125").isEqualTo(Significance.NOISE);
        assertThat(change(CRIMES, 0, 1).significance()).as("1 → 0, p 1").isEqualTo(Significance.NOISE);
        assertThat(change(CRIMES, 0, 3).significance()).as("3 → 0, p 0,25").isEqualTo(Significance.NOISE);
        assertThat(change(CRIMES, 4, 12).significance()).as("12 → 4, p 0,077").isEqualTo(Significance.NOISE);
        assertThat(change(CRIMES, 11, 25).significance()).as("25 → 11, p 0,029").isEqualTo(Significance.NOTABLE);
        assertThat(change(CRIMES, 5, 18).significance()).as("18 → 5, p 0,011").isEqualTo(Significance.NOTABLE);
        assertThat(change(CRIMES, 180, 200).significance()).as("200 → 180, p 0,33").isEqualTo(Significance.NOISE);
        assertThat(change(CRIMES, 10, 24).significance()).as("24 → 10, p 0,024").isEqualTo(Significance.NOTABLE);
        assertThat(change(CRIMES, 2, 20).significance()).as("20 → 2, p 0,00012").isEqualTo(Significance.SIGNIFICANT);
        assertThat(Significance.of(0.0099999)).isEqualTo(Significance.SIGNIFICANT);
        assertThat(Significance.of(0.01)).isEqualTo(Significance.NOTABLE);
        assertThat(Significance.of(0.0499999)).isEqualTo(Significance.NOTABLE);
        assertThat(Significance.of(0.05)).isEqualTo(Significance.NOISE);
    }

    @Test
    void everyPairUpToSixtyMatchesTheExactFraction() {
        for (int current = 0; current <= 60; current++) {
            for (int prior = 0; prior <= 60; prior++) {
                double expected = exactP(current, prior);
                assertThat(Significance.pValue(current, prior)).as(prior + " → " + current)
                        .isCloseTo(expected, within(Math.max(1e-15, expected * 1e-12)));
            }
        }
    }

    /** min(1, 2 · Σ_{i ≤ min} C(n, i) / 2^n) in whole numbers, the way one computes it by hand. */
    private static double exactP(int current, int prior) {
        int n = current + prior;
        BigInteger tail = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE; // C(n, 0)
        for (int i = 0; i <= Math.min(current, prior); i++) {
            tail = tail.add(choose);
            choose = choose.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        BigDecimal p = new BigDecimal(tail.shiftLeft(1)).divide(new BigDecimal(BigInteger.ONE.shiftLeft(n)), MathContext.DECIMAL128);
        return p.min(BigDecimal.ONE).doubleValue();
    }

    @Test
    void commonsOwnBinomialTestIsNotTheDomainsRuleSoTheDistributionIsUsedInstead() {
        // commons' two-sided test sums the outcomes whose probability is at most the observed one's; for p = ½
        // that is the doubling rule in exact arithmetic, but in floating point a mirrored outcome of equal
        // probability can fall out: for 1 → 23 it counts X ∈ {0, 1, 24}, 26/2^24, not the domain's 50/2^24
        double commons = BinomialTest.withDefaults().with(AlternativeHypothesis.TWO_SIDED).test(24, 1, 0.5).getPValue();
        assertThat(commons).isNotCloseTo(50 / 16_777_216.0, within(1e-9));
        assertThat(Significance.pValue(1, 23)).isCloseTo(50 / 16_777_216.0, within(1e-18));
    }

    @Test
    void onlyCountsOfEventsAreTested() {
        assertThat(change(HOTSPOTS, 3, 0).pValue()).as("a stock").isNull();
        assertThat(new IndicatorChange(CLEARANCE, Measure.rate(BigDecimal.ONE, BigDecimal.valueOf(2), 1),
                Measure.rate(BigDecimal.ONE, BigDecimal.ONE, 1)).pValue()).as("a rate").isNull();
        Indicator damage = new Indicator("fire_damage", 1, "Thiệt hại", "Damage", "tỷ đồng", "billion VND",
                Indicator.Kind.FLOW, Indicator.Better.LOWER, 2, null, null);
        assertThat(change(damage, 3, 1).pValue()).as("an amount of money").isNull();
        assertThat(new IndicatorChange(CRIMES, Measure.of(BigDecimal.TEN, 1), Measure.notReported()).pValue())
                .as("no prior value").isNull();
    }

    /** A ward on its own: compared when both sides reported over as many months, as RollUps decides. */
    static RolledUp ward(OrgUnit ward, Window window, IndicatorChange change) {
        int compared = change.current().reported() && change.prior().reported()
                && change.current().monthsReported() == change.prior().monthsReported() ? 1 : 0;
        return new RolledUp(ward, window, new Coverage(1, 1), new Coverage(1, 1), new Coverage(compared, 1), List.of(),
                List.of(new AreaChange(change, new Coverage(1, 1), new Coverage(1, 1), new Coverage(compared, 1))));
    }

    private static RolledUp ward(String code, IndicatorChange change) {
        return ward(new OrgUnit(code, "area", "ward", "Phường " + code, "Ward " + code), Window.year(2024), change);
    }

    @Test
    void ranksWardsByTheTestsScoreBestFirstForALowerIsBetterCount() {
        // the score is the one-sided mid-p P(X < current) + ½·P(X = current), X ~ Binomial(n, ½), as a normal score
        List<WardRanking.Place> places = WardRanking.rank(List.of(
                ward("a", change(CRIMES, 24, 31)),   // mid-p 0,175, score −0,94
                ward("b", change(CRIMES, 10, 24)),   // mid-p 0,0083, score −2,39: the strongest fall
                ward("c", change(CRIMES, 3, 1)),     // mid-p 0,84, score +0,99
                ward("d", change(CRIMES, 0, 0)),     // no change: score 0
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
        RolledUp partial = ward(ward, Window.year(2025), halfYear);

        List<WardRanking.Place> places = WardRanking.rank(List.of(partial, ward("kim-ma", change(CRIMES, 5, 6))), "social_order_crimes");

        assertThat(places).extracting(p -> p.rank() + " " + p.ward().code()).containsExactly("1 kim-ma", "0 quan-thanh");
        assertThat(partial.indicators().get(0).comparable()).isFalse();
    }

    @Test
    void aLargeWardsFallOutranksASmallWardsBiggerPercentage() {
        // 40 → 25 is −37,5% with mid-p 0,032 (score −1,85); 4 → 1 is −75% with mid-p 0,109 (score −1,23):
        // the large ward's fall is the stronger evidence
        assertThat(Significance.rankScore(25, 40)).isCloseTo(-1.852, within(1e-3));
        assertThat(Significance.rankScore(1, 4)).isCloseTo(-1.230, within(1e-3));
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

    @Test
    void everyNoChangeSharesARankButOneCaseMoreOrLessDoesNot() {
        List<WardRanking.Place> places = WardRanking.rank(List.of(
                ward("rise", change(CRIMES, 1, 0)), ward("none", change(CRIMES, 0, 0)), ward("same", change(CRIMES, 5, 5)),
                ward("fall", change(CRIMES, 0, 1))), "social_order_crimes");
        // 1 → 0 and 0 → 1 are both p = 1, noise, but the test's one-sided score still orders them
        assertThat(places).extracting(p -> p.rank() + " " + p.ward().code()).containsExactly("1 fall", "2 none", "2 same", "4 rise");
    }
}
