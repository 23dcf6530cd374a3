package org.wardstat.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wardstat.catalog.Indicator;
import org.wardstat.criteria.Rule.Comparison;
import org.wardstat.criteria.Rule.Constant;
import org.wardstat.criteria.Rule.Figure;
import org.wardstat.criteria.Rule.Operand;
import org.wardstat.criteria.Rule.Operator;

/**
 * Reads a rule: {@code operand op operand [and operand op operand …]}, where an operand is a
 * number ({@code 90}, {@code 99.5}, {@code 99,5}, {@code 90%} against a rate), an indicator code,
 * or {@code prior(code)}, and op is one of {@code >= <= = > <} (also ≥ ≤).
 */
final class RuleParser {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<number>\\d+(?:[.,]\\d+)?)(?<percent>%)?|(?<name>[\\p{L}_][\\p{L}\\p{N}_]*)|(?<op>[<>=!≥≤≠]+)|(?<paren>[()])|(?<other>\\S))");
    private static final Map<String, Operator> OPERATORS = Map.of(">=", Operator.AT_LEAST, "≥", Operator.AT_LEAST,
            "<=", Operator.AT_MOST, "≤", Operator.AT_MOST, "=", Operator.EQUAL, ">", Operator.ABOVE, "<", Operator.BELOW);
    private static final Set<String> AND = Set.of("and", "và", "AND");

    private record Token(String text, Type type, boolean percent) {
    }

    private enum Type { NUMBER, NAME, OPERATOR, PAREN, OTHER }

    private final String text;
    private final Map<String, Indicator> indicators;
    private final List<Token> tokens = new ArrayList<>();
    private int next;
    /** A number of the comparison being read was written with %, which only makes sense against a rate. */
    private boolean percentWritten;

    private RuleParser(String text, Map<String, Indicator> indicators) {
        this.text = text.strip();
        this.indicators = indicators;
    }

    /** @throws RuleException naming what is wrong */
    static Rule parse(String text, Map<String, Indicator> indicators) {
        return new RuleParser(text, indicators).rule();
    }

    private Rule rule() {
        tokenize();
        if (tokens.isEmpty()) {
            throw new RuleException("criteria.rule.empty");
        }
        List<Comparison> parts = new ArrayList<>();
        parts.add(comparison());
        while (next < tokens.size()) {
            Token token = tokens.get(next++);
            if (token.type() != Type.NAME || !AND.contains(token.text())) {
                throw new RuleException("criteria.rule.unexpected", token.text(), text);
            }
            parts.add(comparison());
        }
        return new Rule(text, parts);
    }

    private void tokenize() {
        Matcher m = TOKEN.matcher(text);
        while (m.lookingAt() && m.end() > m.regionStart()) {
            if (m.group("number") != null) {
                tokens.add(new Token(m.group("number"), Type.NUMBER, m.group("percent") != null));
            } else if (m.group("name") != null) {
                tokens.add(new Token(m.group("name"), Type.NAME, false));
            } else if (m.group("op") != null) {
                tokens.add(new Token(m.group("op"), Type.OPERATOR, false));
            } else if (m.group("paren") != null) {
                tokens.add(new Token(m.group("paren"), Type.PAREN, false));
            } else if (m.group("other") != null) {
                tokens.add(new Token(m.group("other"), Type.OTHER, false));
            }
            m.region(m.end(), text.length());
        }
    }

    private Comparison comparison() {
        percentWritten = false;
        Operand left = operand();
        String after = tokens.get(next - 1).text();
        if (next >= tokens.size()) {
            throw new RuleException("criteria.rule.missing-operator", after, text);
        }
        Token op = tokens.get(next++);
        if (op.type() != Type.OPERATOR) {
            throw new RuleException("criteria.rule.missing-operator", after, text);
        }
        Operator operator = OPERATORS.get(op.text());
        if (operator == null) {
            throw new RuleException("criteria.rule.operator", op.text(), text);
        }
        if (next >= tokens.size()) {
            throw new RuleException("criteria.rule.missing-operand", op.text(), text);
        }
        Operand right = operand();
        Comparison comparison = new Comparison(left, operator, right);
        boolean againstRate = comparison.figures().anyMatch(f -> f.indicator().isRate());
        if (comparison.figures().findAny().isEmpty()) {
            throw new RuleException("criteria.rule.no-indicator", text);
        }
        if (percentWritten && !againstRate) {
            throw new RuleException("criteria.rule.percent", text);
        }
        return comparison;
    }

    private Operand operand() {
        if (next >= tokens.size()) {
            throw new RuleException("criteria.rule.empty");
        }
        Token token = tokens.get(next++);
        switch (token.type()) {
            case NUMBER -> {
                percentWritten |= token.percent();
                return new Constant(new BigDecimal(token.text().replace(',', '.')));
            }
            case NAME -> {
                if (next < tokens.size() && tokens.get(next).text().equals("(")) {
                    return prior(token.text());
                }
                return figure(token.text(), false);
            }
            case OPERATOR -> throw new RuleException("criteria.rule.missing-operand", token.text(), text);
            default -> throw new RuleException("criteria.rule.unexpected", token.text(), text);
        }
    }

    private Operand prior(String function) {
        if (!function.equalsIgnoreCase("prior")) {
            throw new RuleException("criteria.rule.unknown-function", function, text);
        }
        next++; // (
        if (next + 1 >= tokens.size() || tokens.get(next).type() != Type.NAME || !tokens.get(next + 1).text().equals(")")) {
            throw new RuleException("criteria.rule.prior-syntax", text);
        }
        String code = tokens.get(next).text();
        next += 2;
        return figure(code, true);
    }

    private Figure figure(String code, boolean prior) {
        Indicator indicator = indicators.get(code);
        if (indicator == null) {
            throw new RuleException("criteria.rule.unknown-indicator", code, text);
        }
        Indicator base = indicator.isRate() ? indicators.get(indicator.denominator()) : null;
        return new Figure(indicator, base, prior);
    }
}
