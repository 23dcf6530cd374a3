package org.wardstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.Indicator;
import org.wardstat.criteria.Rule.Constant;
import org.wardstat.criteria.Rule.Figure;
import org.wardstat.criteria.Rule.Operator;
import org.wardstat.system.Messages;

class RuleParserTest {

    static final Map<String, Indicator> INDICATORS = CatalogFiles.readIndicators(Path.of("catalog/indicators.csv")).stream()
            .collect(Collectors.toMap(Indicator::code, Function.identity()));

    private static Rule parse(String text) {
        return RuleParser.parse(text, INDICATORS);
    }

    private static String error(String text) {
        try {
            parse(text);
        } catch (RuleException e) {
            return e.reason(Messages.vietnamese());
        }
        throw new AssertionError("No error for " + text);
    }

    @Test
    void aThresholdOnARateReadsTheRateAndItsBase() {
        Rule rule = parse("clearance_rate >= 90");

        assertThat(rule.parts()).singleElement().satisfies(part -> {
            Figure figure = (Figure) part.left();
            assertThat(figure.indicator().code()).isEqualTo("clearance_rate");
            assertThat(figure.base().code()).isEqualTo("social_order_crimes");
            assertThat(figure.prior()).isFalse();
            assertThat(part.operator()).isEqualTo(Operator.AT_LEAST);
            assertThat(((Constant) part.right()).value()).isEqualByComparingTo("90");
        });
        assertThat(rule.usesRate()).isTrue();
        assertThat(rule.usesPrior()).isFalse();
        assertThat(rule.text()).isEqualTo("clearance_rate >= 90");
    }

    @Test
    void everyFormOfTheLanguage() {
        assertThat(parse("crime_reports_resolved_rate = 100").parts().get(0).operator()).isEqualTo(Operator.EQUAL);
        assertThat(parse("hotspots = 0").usesRate()).isFalse();
        Rule prior = parse("social_order_crimes <= prior(social_order_crimes)");
        assertThat(prior.usesPrior()).isTrue();
        assertThat(((Figure) prior.parts().get(0).right()).prior()).isTrue();
        assertThat(prior.indicators()).extracting(Indicator::code).containsExactly("social_order_crimes");
        Rule both = parse("fire_safety_groups >= 5 and public_fire_points >= 5");
        assertThat(both.parts()).hasSize(2);
        assertThat(both.indicators()).extracting(Indicator::code).containsExactly("fire_safety_groups", "public_fire_points");
        // Vietnamese decimal comma, %, ≥, "và", no spaces
        Rule typed = parse("admin_on_time_rate≥99,5% và hq_floor_area>150.5");
        assertThat(((Constant) typed.parts().get(0).right()).value()).isEqualByComparingTo("99.5");
        assertThat(typed.parts().get(1).operator()).isEqualTo(Operator.ABOVE);
        assertThat(((Constant) typed.parts().get(1).right()).value()).isEqualByComparingTo("150.5");
        assertThat(parse("90 <= clearance_rate").parts().get(0).operator()).isEqualTo(Operator.AT_MOST);
    }

    @Test
    void aBadRuleSaysWhatIsWrong() {
        assertThat(error("hq_area >= 160")).isEqualTo("không có chỉ tiêu “hq_area” trong danh mục chỉ tiêu (catalog/indicators.csv)");
        assertThat(error("clearance_rate => 90")).isEqualTo("phép so sánh “=>” không hợp lệ, dùng >=, <=, =, > hoặc <");
        assertThat(error("clearance_rate == 90")).startsWith("phép so sánh “==” không hợp lệ");
        assertThat(error("clearance_rate 90")).isEqualTo("thiếu phép so sánh (>=, <=, =, >, <) sau “clearance_rate”");
        assertThat(error("clearance_rate >=")).isEqualTo("thiếu vế so sánh quanh “>=”");
        assertThat(error("clearance_rate >= 90 or hotspots = 0"))
                .isEqualTo("không hiểu “or” trong quy tắc “clearance_rate >= 90 or hotspots = 0” (ví dụ quy tắc đúng: clearance_rate >= 90)");
        assertThat(error("last(hotspots) = 0")).startsWith("không có hàm “last(…)”");
        assertThat(error("social_order_crimes <= prior(social_order_crimes")).isEqualTo("viết prior(mã_chỉ_tiêu), ví dụ prior(social_order_crimes)");
        assertThat(error("1 < 2")).isEqualTo("phép so sánh trong “1 < 2” không có chỉ tiêu nào");
        assertThat(error("hotspots = 0%")).isEqualTo("dấu % chỉ dùng khi so với một tỷ lệ");
        assertThat(error("clearance_rate >= 90 ;")).startsWith("không hiểu “;”");
        assertThat(error("  ")).isEqualTo("quy tắc trống hoặc thiếu vế");
    }

    @Test
    void theShownRelationIsTheOneThatHolds() {
        assertThat(Operator.AT_LEAST.symbol(BigDecimal.valueOf(91), BigDecimal.valueOf(90))).isEqualTo("≥");
        assertThat(Operator.AT_LEAST.symbol(BigDecimal.valueOf(85), BigDecimal.valueOf(90))).isEqualTo("<");
        assertThat(Operator.EQUAL.symbol(BigDecimal.valueOf(97), BigDecimal.valueOf(100))).isEqualTo("<");
        assertThat(Operator.EQUAL.symbol(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(">");
        assertThat(Operator.AT_MOST.symbol(BigDecimal.TEN, BigDecimal.ONE)).isEqualTo(">");
        assertThat(Operator.ABOVE.symbol(BigDecimal.ONE, BigDecimal.ONE)).isEqualTo("≤");
    }
}
