package org.wardstat.criteria;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.wardstat.catalog.Indicator;
import org.wardstat.criteria.Finding.Side;
import org.wardstat.criteria.Rule.Figure;
import org.wardstat.system.NumberStyle;
import org.wardstat.system.Messages;

/**
 * Findings in words, in Vietnamese or English: "tỷ lệ khám phá tội phạm về trật tự xã hội
 * 85,71% &lt; 90%", "không phát sinh tin báo … nên không tính được tỷ lệ …; theo bộ tiêu chí,
 * trường hợp này được tính là đạt", "đánh giá ngày 15/12/2022: đạt — …". Patterns live in the
 * message bundles ({@code criteria.reason.*}).
 */
final class Reasons {

    private static final Messages VI = Messages.forLanguage("vi");
    private static final Messages EN = Messages.forLanguage("en");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;
    private final NumberStyle numbers;
    private final boolean vietnamese;

    private Reasons(boolean vietnamese) {
        this.vietnamese = vietnamese;
        this.messages = vietnamese ? VI : EN;
        this.numbers = NumberStyle.forLanguage(vietnamese);
    }

    /** A met criterion shows every finding, one not met only those that fail. */
    static String of(CriterionResult result, boolean vietnamese) {
        Reasons reasons = new Reasons(vietnamese);
        List<Finding> shown = result.met() ? result.findings() : result.findings().stream().filter(f -> !f.met()).toList();
        return shown.stream().map(reasons::describe).collect(Collectors.joining("; "));
    }

    static String count(WardAttainment attainment, boolean vietnamese) {
        return (vietnamese ? VI : EN).get("criteria.summary.all", attainment.met(), attainment.total());
    }

    static String summary(WardAttainment attainment, boolean vietnamese) {
        Messages m = vietnamese ? VI : EN;
        if (attainment.meetsAll()) {
            return count(attainment, vietnamese);
        }
        String missing = attainment.notMet().stream()
                .map(r -> m.get("criteria.summary.item", r.criterion().number(), lower(r.criterion().name(vietnamese))))
                .collect(Collectors.joining("; "));
        return m.get("criteria.summary.some", attainment.met(), attainment.total(), attainment.total() - attainment.met(), missing);
    }

    static String area(AreaAttainment area, boolean vietnamese) {
        return (vietnamese ? VI : EN).get("criteria.area.count", area.meetingAll(), area.wards().size());
    }

    /** "đạt", "chưa đạt", "chưa đánh giá". */
    static String outcome(CriterionResult.Outcome outcome, boolean vietnamese) {
        return (vietnamese ? VI : EN).get(outcome.key());
    }

    private String describe(Finding finding) {
        if (finding instanceof Finding.Compared c) {
            return side(c.left(), c.right(), c.year()) + " " + c.comparison().operator().symbol(c.left().value(), c.right().value())
                    + " " + side(c.right(), c.left(), c.year());
        }
        if (finding instanceof Finding.NoData d) {
            return messages.get("criteria.reason.no-data", name(d.figure().indicator()), String.valueOf(d.year()));
        }
        if (finding instanceof Finding.ZeroBase z) {
            return messages.get("criteria.reason.zero-base", name(z.figure().base()), String.valueOf(z.year()),
                    name(z.figure().indicator()), verdict(z.decided()));
        }
        if (finding instanceof Finding.NoPrior p) {
            return messages.get("criteria.reason.no-prior", name(p.figure().indicator()), String.valueOf(p.year() - 1), verdict(p.decided()));
        }
        if (finding instanceof Finding.Assessed a) {
            return assessed(a.assessment());
        }
        return messages.get("criteria.reason.not-assessed", String.valueOf(((Finding.NotAssessed) finding).year()));
    }

    private String assessed(Assessment assessment) {
        String day = assessment.assessedOn().format(DAY);
        return assessment.evidence().isBlank()
                ? messages.get("criteria.reason.assessed", day, verdict(assessment.status()))
                : messages.get("criteria.reason.assessed-evidence", day, verdict(assessment.status()), assessment.evidence());
    }

    private String verdict(Verdict verdict) {
        return messages.get("criteria.verdict." + verdict.code());
    }

    /** A side as a reason shows it: "tội phạm … 25 vụ", "22 vụ cùng kỳ năm 2022", "90%". */
    private String side(Side side, Side other, int year) {
        if (!(side.operand() instanceof Figure figure)) {
            Indicator unitOf = ((Figure) other.operand()).indicator();
            return value(side.value(), unitOf);
        }
        String value = value(side.value(), figure.indicator());
        if (side.months() > 0 && side.months() < 12) {
            value += messages.get("criteria.reason.months", side.months());
        }
        if (!figure.prior()) {
            return messages.get("criteria.side.figure", name(figure.indicator()), value);
        }
        boolean sameIndicator = other.operand() instanceof Figure o && o.indicator().equals(figure.indicator()) && !o.prior();
        return sameIndicator ? messages.get("criteria.side.prior-same", value, String.valueOf(year - 1))
                : messages.get("criteria.side.prior", name(figure.indicator()), String.valueOf(year - 1), value);
    }

    /** "85,71%" for a rate; "25 vụ", "152 m²", "152,5 m²" otherwise (no decimals beyond the catalog's, none that are 0). */
    private String value(BigDecimal value, Indicator indicator) {
        if (indicator.isRate()) {
            return numbers.rate(value);
        }
        int decimals = Math.min(indicator.decimals(), Math.max(0, value.stripTrailingZeros().scale()));
        return numbers.number(value, decimals) + " " + indicator.unit(vietnamese);
    }

    private String name(Indicator indicator) {
        return lower(indicator.name(vietnamese));
    }

    /** A name in the middle of a sentence: "Tỷ lệ khám phá" becomes "tỷ lệ khám phá", "ANTT" stays. */
    static String lower(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }
}
