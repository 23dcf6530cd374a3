package org.wardstat.rollout;

import java.math.BigDecimal;
import java.util.Optional;

import org.wardstat.system.NumberStyle;
import org.wardstat.system.Messages;

/**
 * Rollout progress in words: "Năm 2025: 2/6 phường được công nhận (33,33%), trong khoảng mục
 * tiêu 30–50% của năm 2025; với tốc độ hiện nay, 100% phường được công nhận vào năm 2031, chậm
 * 1 năm so với mục tiêu năm 2030."
 */
public final class RolloutText {

    private final Messages messages;
    private final NumberStyle numbers;

    public RolloutText(Messages messages) {
        this.messages = messages;
        this.numbers = NumberStyle.forLanguage(messages.isVietnamese());
    }

    /** The year's sentence; {@code fullTarget} is the target year for 100%, if any. */
    public String sentence(YearProgress row, Optional<RolloutTarget> fullTarget) {
        String year = String.valueOf(row.year());
        if (row.status() == YearProgress.Status.NO_WARDS) {
            return messages.get("rollout.sentence.no-wards", year);
        }
        String head = messages.get("rollout.sentence", year, row.recognised(), row.wards(), numbers.rate(row.percent()));
        String status = switch (row.status()) {
            case ALL_RECOGNISED -> messages.get("rollout.status.all");
            case NO_TARGET -> messages.get("rollout.status.no-target");
            default -> messages.get("rollout.status." + row.status().name().toLowerCase(), band(row.band()), String.valueOf(row.band().year()));
        };
        if (row.projection().kind() == Projection.Kind.REACHED) {
            return head + ", " + status + ".";
        }
        return head + ", " + status + "; " + projection(row.projection(), fullTarget) + ".";
    }

    private String projection(Projection projection, Optional<RolloutTarget> fullTarget) {
        if (projection.kind() == Projection.Kind.NO_PACE) {
            return messages.get("rollout.projection.no-pace");
        }
        String text = messages.get("rollout.projection.year", String.valueOf(projection.year()));
        if (fullTarget.isEmpty()) {
            return text;
        }
        int deadline = fullTarget.get().year();
        return text + (projection.year() <= deadline
                ? messages.get("rollout.projection.on-time", String.valueOf(deadline))
                : messages.get("rollout.projection.late", projection.year() - deadline, String.valueOf(deadline)));
    }

    /** How the pace was measured: "2 phường được công nhận trong 3 năm (2023–2025), bình quân 0,67 phường mỗi năm; …". */
    public String pace(YearProgress row) {
        Projection projection = row.projection();
        if (projection.kind() == Projection.Kind.NO_PACE) {
            return messages.get("rollout.pace.none");
        }
        String span = projection.years() == 1 ? String.valueOf(projection.asOf()) : projection.sinceYear() + "–" + projection.asOf();
        return messages.get("rollout.pace", projection.recognised(), projection.years(), span, count(projection.perYear()), row.remaining());
    }

    /** "30–50%", or "100%" when both ends are the same. */
    public String band(RolloutTarget target) {
        String upper = numbers.rate(target.upperPercent());
        if (target.lowerPercent().compareTo(target.upperPercent()) == 0) {
            return upper;
        }
        String lower = numbers.rate(target.lowerPercent());
        return lower.substring(0, lower.length() - 1) + "–" + upper;
    }

    /** The status in a table cell: "dưới mục tiêu", "đạt 100%". */
    public String status(YearProgress row) {
        return messages.get("rollout.short." + row.status().name().toLowerCase());
    }

    /** The projected year in a table cell: "2031", "đã đạt", "chưa thể dự báo". */
    public String projectedYear(YearProgress row) {
        return switch (row.projection().kind()) {
            case PROJECTED -> String.valueOf(row.projection().year());
            case REACHED -> messages.get("rollout.short.reached");
            case NO_PACE -> messages.get("rollout.short.no-pace");
        };
    }

    public String percent(YearProgress row) {
        return row.percent() == null ? "" : numbers.rate(row.percent());
    }

    /** "1", "0,67": wards per year, decimals only when needed. */
    private String count(BigDecimal value) {
        return numbers.number(value, value.stripTrailingZeros().scale() <= 0 ? 0 : 2);
    }
}
