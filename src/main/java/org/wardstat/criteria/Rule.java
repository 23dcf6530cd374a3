package org.wardstat.criteria;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.wardstat.catalog.Indicator;

/**
 * The rule of a computed criterion, as written in its catalog file: one comparison or several
 * joined by {@code and}, e.g. {@code clearance_rate >= 90},
 * {@code social_order_crimes <= prior(social_order_crimes)},
 * {@code fire_safety_groups >= 5 and public_fire_points >= 5}. An indicator stands for its value
 * over the year (flows summed, stocks at year end, rates as the ratio of the sums);
 * {@code prior(x)} for the same period a year earlier.
 */
public record Rule(String text, List<Comparison> parts) {

    public Rule {
        parts = List.copyOf(parts);
    }

    public record Comparison(Operand left, Operator operator, Operand right) {
        Stream<Figure> figures() {
            return Stream.of(left, right).filter(Figure.class::isInstance).map(Figure.class::cast);
        }
    }

    public sealed interface Operand permits Figure, Constant {
    }

    /**
     * An indicator's figure for the year, or for the year before.
     *
     * @param base for a rate, the flow it divides by (its zero makes the rate undefined); otherwise null
     */
    public record Figure(Indicator indicator, Indicator base, boolean prior) implements Operand {
    }

    public record Constant(BigDecimal value) implements Operand {
    }

    public enum Operator {
        AT_LEAST("≥", "<"), AT_MOST("≤", ">"), EQUAL("=", null), ABOVE(">", "≤"), BELOW("<", "≥");

        private final String holds;
        private final String fails;

        Operator(String holds, String fails) {
            this.holds = holds;
            this.fails = fails;
        }

        public boolean test(BigDecimal left, BigDecimal right) {
            int order = left.compareTo(right);
            return switch (this) {
                case AT_LEAST -> order >= 0;
                case AT_MOST -> order <= 0;
                case EQUAL -> order == 0;
                case ABOVE -> order > 0;
                case BELOW -> order < 0;
            };
        }

        /**
         * The symbol a reason shows between the two values: the operator when it holds; when it
         * does not, the relation that holds instead ("85,71% < 90%", "97,22% < 100%").
         */
        public String symbol(BigDecimal left, BigDecimal right) {
            if (test(left, right)) {
                return holds;
            }
            if (this == EQUAL) {
                return left.compareTo(right) < 0 ? "<" : ">";
            }
            return fails;
        }
    }

    public List<Indicator> indicators() {
        Set<Indicator> used = new LinkedHashSet<>();
        parts.forEach(part -> part.figures().forEach(figure -> used.add(figure.indicator())));
        return List.copyOf(used);
    }

    public boolean usesRate() {
        return parts.stream().flatMap(Comparison::figures).anyMatch(figure -> figure.indicator().isRate());
    }

    public boolean usesPrior() {
        return parts.stream().flatMap(Comparison::figures).anyMatch(Figure::prior);
    }
}
