package org.wardstat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumberStyleTest {

    private final NumberStyle vi = NumberStyle.vietnamese();
    private final NumberStyle en = NumberStyle.forLanguage(false);

    @Test
    void vietnameseGroupsThousandsWithDotsAndWritesDecimalsWithACommma() {
        assertThat(vi.number(new BigDecimal("47062"), 0)).isEqualTo("47.062");
        assertThat(vi.number(new BigDecimal("27.92"), 2)).isEqualTo("27,92");
        assertThat(vi.number(new BigDecimal("0.1"), 2)).isEqualTo("0,10");
        assertThat(en.number(new BigDecimal("47062"), 0)).isEqualTo("47,062");
    }

    @Test
    void countsInSentencesAreGroupedLikeTheFigures() {
        // a national report compares 10.000 wards; years, row numbers and ports stay ungrouped
        assertThat(Messages.vietnamese().get("report.row.compared", 9998, 10000)).isEqualTo("trên 9.998/10.000 phường");
        assertThat(Messages.forLanguage("en").get("report.row.compared", 9998, 10000)).isEqualTo("over 9,998/10,000 wards");
        assertThat(Messages.vietnamese().get("run.loaded", "thang-12.csv", 120000, 119990, 10, "done"))
                .startsWith("thang-12.csv: đọc 120.000 dòng, nạp 119.990, từ chối 10;");
        assertThat(Messages.vietnamese().get("table.prior", 2024)).isEqualTo("Cùng kỳ 2024");
    }

    @Test
    void ratesKeepTwoDecimalsUnlessWhole() {
        assertThat(vi.rate(new BigDecimal("83.4"))).isEqualTo("83,40%");
        assertThat(vi.rate(new BigDecimal("91.666666"))).isEqualTo("91,67%");
        assertThat(vi.rate(new BigDecimal("100"))).isEqualTo("100%");
        assertThat(vi.rate(new BigDecimal("20.000"))).isEqualTo("20%");
        assertThat(en.rate(new BigDecimal("83.4"))).isEqualTo("83.40%");
    }

    @Test
    void changesCarryATrueMinusOrAPlus() {
        assertThat(vi.percentChange(new BigDecimal("-22.5806"))).isEqualTo("\u221222,6%");
        assertThat(vi.percentChange(new BigDecimal("10.67"))).isEqualTo("+10,7%");
        assertThat(vi.percentChange(new BigDecimal("-8.0"))).isEqualTo("\u22128%");
        assertThat(vi.percentChange(new BigDecimal("300"))).isEqualTo("+300%");
        assertThat(vi.signed(new BigDecimal("-7"), 0)).isEqualTo("\u22127");
        assertThat(vi.signed(new BigDecimal("1234"), 0)).isEqualTo("+1.234");
        assertThat(vi.signed(BigDecimal.ZERO, 0)).isEqualTo("0");
        assertThat(vi.points(new BigDecimal("1.345"))).isEqualTo("+1,35");
    }

    @Test
    void pValuesHaveThreeDecimalsAndNeverRoundOntoTheirThreshold() {
        assertThat(vi.pValue(0.076812744140625)).isEqualTo("0,077");
        assertThat(vi.pValue(0.0106220245361328125)).isEqualTo("0,011");
        assertThat(vi.pValue(0.125)).isEqualTo("0,125");
        assertThat(vi.pValue(1.0)).isEqualTo("1");
        assertThat(vi.pValue(0.0004)).isEqualTo("< 0,001");
        assertThat(en.pValue(0.3297)).isEqualTo("0.330");
        // 0,0496 is notable (below 0,05): "0,050" would say otherwise
        assertThat(vi.pValue(0.04996)).isEqualTo("0,0499");
        assertThat(vi.pValue(0.00996)).isEqualTo("0,0099");
        assertThat(vi.pValue(0.0504)).isEqualTo("0,050");
    }
}
