package org.wardstat.report;

import org.wardstat.system.NumberStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wardstat.analytics.AreaChange;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.Measure;
import org.wardstat.analytics.Window;
import org.wardstat.system.Messages;

/**
 * The short paragraph a briefing opens with, in the style of the ward reports it replaces:
 * "Tội phạm về trật tự xã hội xảy ra 24 vụ, giảm 7 vụ (−22,6%) so với cùng kỳ năm 2022; …;
 * 100% tin báo, tố giác tội phạm được tiếp nhận, giải quyết." Sentence patterns live in the
 * message bundles ({@code narrative.*}); this class only decides which one applies. A figure that
 * cannot be compared with the same period (no ward reported it on both sides over the same
 * months) is told with no change and no percentage, as its row in the table shows none.
 */
public final class Narrative {

    /** Counted events reported with "xảy ra … so với cùng kỳ", in this order. */
    private static final List<String> EVENTS = List.of("social_order_crimes", "serious_crimes", "security_incidents", "social_evils");
    private static final List<String> TRAFFIC = List.of("traffic_accidents", "traffic_deaths", "traffic_injuries");
    private static final List<String> FIRES = List.of("fires", "fire_deaths", "fire_injuries");
    private static final List<String> MOVEMENT = List.of("fire_safety_groups", "public_fire_points");

    private final Map<String, IndicatorChange> changes;
    private final Map<String, Boolean> comparable;
    private final Messages messages;
    private final NumberStyle numbers;
    private final String priorYear;

    private Narrative(List<AreaChange> changes, Window window, Messages messages) {
        this.changes = changes.stream().map(AreaChange::change).collect(Collectors.toMap(c -> c.indicator().code(), Function.identity()));
        this.comparable = changes.stream().collect(Collectors.toMap(c -> c.change().indicator().code(), AreaChange::comparable));
        this.messages = messages;
        this.numbers = NumberStyle.forLanguage(messages.isVietnamese());
        this.priorYear = String.valueOf(window.sameWindowYearEarlier().last().getYear());
    }

    public static String write(List<AreaChange> changes, Window window, Messages messages) {
        return String.join(" ", new Narrative(changes, window, messages).sentences());
    }

    List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        for (String code : EVENTS) {
            event(code).ifPresent(sentences::add);
        }
        triple("traffic", TRAFFIC).ifPresent(sentences::add);
        triple("fires", FIRES).ifPresent(sentences::add);
        crimeReports().ifPresent(sentences::add);
        adminProcedures().ifPresent(sentences::add);
        movement().ifPresent(sentences::add);
        if (sentences.isEmpty()) {
            sentences.add(messages.get("narrative.no-data"));
        }
        return sentences;
    }

    /** "Tội phạm về trật tự xã hội xảy ra 24 vụ, giảm 7 vụ (−22,6%) so với cùng kỳ năm 2022." */
    private Optional<String> event(String code) {
        IndicatorChange change = changes.get(code);
        if (change == null || !change.current().reported()) {
            return Optional.empty();
        }
        String label = messages.get("narrative.label." + code);
        BigDecimal current = change.current().value();
        String sentence;
        if (current.signum() == 0) {
            BigDecimal prior = change.prior().value();
            sentence = comparable(code) && prior != null && prior.signum() > 0
                    ? messages.get("narrative.none-down", label, count(prior, change), unit(change), priorYear)
                    : messages.get("narrative.none", label);
        } else if (!comparable(code)) {
            sentence = messages.get("narrative.occurred.alone", capitalise(label), count(current, change), unit(change), priorYear);
        } else {
            sentence = messages.get("narrative.occurred", capitalise(label), count(current, change), unit(change),
                    comparison(change), priorYear);
        }
        if (code.equals("social_order_crimes")) {
            sentence = sentence.substring(0, sentence.length() - 1) + clearance() + ".";
        }
        return Optional.of(sentence);
    }

    /** "; khám phá 20 vụ, tỷ lệ khám phá 83,33%" when clearance is known. */
    private String clearance() {
        IndicatorChange cleared = changes.get("social_order_crimes_cleared");
        IndicatorChange rate = changes.get("clearance_rate");
        if (cleared == null || !cleared.current().reported() || rate == null || rate.current().value() == null) {
            return "";
        }
        return messages.get("narrative.clearance", count(cleared.current().value(), cleared), numbers.rate(rate.current().value()));
    }

    /** Accidents or fires with their deaths and injuries, "giảm cả 3 tiêu chí" when all three fell. */
    private Optional<String> triple(String key, List<String> codes) {
        List<IndicatorChange> parts = codes.stream().map(changes::get).toList();
        if (parts.stream().anyMatch(p -> p == null || !p.current().reported())) {
            return Optional.empty();
        }
        IndicatorChange events = parts.get(0);
        boolean eventsCompared = comparable(codes.get(0));
        if (events.current().value().signum() == 0) {
            BigDecimal prior = events.prior().value();
            return Optional.of(eventsCompared && prior != null && prior.signum() > 0
                    ? messages.get("narrative." + key + ".none-down", count(prior, events), priorYear)
                    : messages.get("narrative." + key + ".none"));
        }
        if (!eventsCompared) {
            return Optional.of(messages.get("narrative." + key + ".alone", count(events.current().value(), events),
                    casualties(parts.get(1), parts.get(2)), priorYear));
        }
        boolean allDown = codes.stream().allMatch(this::comparable)
                && parts.stream().allMatch(p -> p.change() != null && p.change().signum() < 0);
        List<String> labelled = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            labelled.add(messages.get("narrative.part." + i, comparable(codes.get(i)) ? comparison(parts.get(i))
                    : messages.get("narrative.change.not-comparable")));
        }
        String comparisons = String.join(", ", labelled);
        return Optional.of(messages.get("narrative." + key, count(events.current().value(), events),
                casualties(parts.get(1), parts.get(2)), priorYear, comparisons,
                allDown ? messages.get("narrative.all-three-down") : ""));
    }

    /** ", làm chết 3 người, bị thương 15 người", leaving out a zero; ", không có thương vong" when both are. */
    private String casualties(IndicatorChange deaths, IndicatorChange injuries) {
        String text = (deaths.current().value().signum() == 0 ? ""
                : messages.get("narrative.casualties.deaths", count(deaths.current().value(), deaths)))
                + (injuries.current().value().signum() == 0 ? ""
                : messages.get("narrative.casualties.injuries", count(injuries.current().value(), injuries)));
        return text.isEmpty() ? messages.get("narrative.casualties.none") : text;
    }

    private Optional<String> crimeReports() {
        IndicatorChange received = changes.get("crime_reports_received");
        IndicatorChange rate = changes.get("crime_reports_resolved_rate");
        IndicatorChange resolved = changes.get("crime_reports_resolved");
        if (received == null || !received.current().reported() || rate == null || resolved == null) {
            return Optional.empty();
        }
        Measure share = rate.current();
        if (share.undefinedRate()) {
            return Optional.of(messages.get("narrative.reports.none"));
        }
        if (share.value() == null) {
            return Optional.empty();
        }
        String total = count(received.current().value(), received);
        return Optional.of(share.value().compareTo(BigDecimal.valueOf(100)) == 0
                ? messages.get("narrative.reports.all", total)
                : messages.get("narrative.reports.some", total, count(resolved.current().value(), resolved), numbers.rate(share.value())));
    }

    private Optional<String> adminProcedures() {
        IndicatorChange received = changes.get("admin_procedures_received");
        IndicatorChange onTime = changes.get("admin_on_time_rate");
        IndicatorChange early = changes.get("admin_early_rate");
        if (received == null || onTime == null || early == null || onTime.current().value() == null) {
            return Optional.empty();
        }
        String total = count(received.current().value(), received);
        String earlyShare = early.current().value() == null ? "0%" : numbers.rate(early.current().value());
        return Optional.of(onTime.current().value().compareTo(BigDecimal.valueOf(100)) == 0
                ? messages.get("narrative.admin.all", total, earlyShare)
                : messages.get("narrative.admin.some", total, numbers.rate(onTime.current().value()), earlyShare));
    }

    /** Stocks of the mass movement, as they stand at the end of the window. */
    private Optional<String> movement() {
        IndicatorChange groups = changes.get(MOVEMENT.get(0));
        IndicatorChange points = changes.get(MOVEMENT.get(1));
        if (groups == null || points == null || groups.current().value() == null || points.current().value() == null) {
            return Optional.empty();
        }
        return Optional.of(messages.get("narrative.movement",
                count(groups.current().value(), groups), count(points.current().value(), points)));
    }

    /** "giảm 7 vụ (−22,6%)", "tăng 3 vụ (cùng kỳ không xảy ra)", "không thay đổi". */
    private String comparison(IndicatorChange change) {
        BigDecimal delta = change.change();
        if (delta == null) {
            return messages.get("narrative.change.no-prior");
        }
        if (delta.signum() == 0) {
            return messages.get("narrative.change.same");
        }
        String amount = count(delta.abs(), change);
        if (change.fromZero()) {
            return messages.get("narrative.change.from-zero", amount, unit(change));
        }
        return messages.get(delta.signum() < 0 ? "narrative.change.down" : "narrative.change.up",
                amount, unit(change), numbers.percentChange(change.percentChange()));
    }

    private boolean comparable(String code) {
        return comparable.getOrDefault(code, false);
    }

    private String count(BigDecimal value, IndicatorChange change) {
        return numbers.number(value, change.indicator().decimals());
    }

    private String unit(IndicatorChange change) {
        return change.indicator().unit(messages.isVietnamese());
    }

    /** A name in the middle of a sentence: "Tội phạm về trật tự xã hội" becomes "tội phạm…", "ANTT" stays. */
    static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
