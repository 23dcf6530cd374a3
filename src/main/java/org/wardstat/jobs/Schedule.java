package org.wardstat.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a job fires: a cron expression read in the job's time zone. Users write the usual five
 * fields (minute hour day month weekday); Spring's six-field form (with seconds) and its macros
 * such as {@code @monthly} are accepted too.
 */
public record Schedule(String text, CronExpression cron, ZoneId zone) {

    public static Schedule parse(String text, ZoneId zone) {
        String trimmed = text.strip();
        String expression = !trimmed.startsWith("@") && trimmed.split("\\s+").length == 5 ? "0 " + trimmed : trimmed;
        return new Schedule(trimmed, CronExpression.parse(expression), zone);
    }

    /** The first fire strictly after the instant. */
    public Optional<Instant> next(Instant after) {
        ZonedDateTime next = cron.next(after.atZone(zone));
        return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
    }

    /** The fires in (from, to], oldest first, at most {@code limit} of the latest ones. */
    public List<Instant> firesBetween(Instant from, Instant to, int limit) {
        List<Instant> fires = new ArrayList<>();
        Optional<Instant> next = next(from);
        while (next.isPresent() && !next.get().isAfter(to)) {
            fires.add(next.get());
            if (fires.size() > limit) {
                fires.remove(0);
            }
            next = next(next.get());
        }
        return fires;
    }

    /** The latest fire at or before the instant, looking back at most a year and a day (a yearly job's interval). */
    public Optional<Instant> latestAtOrBefore(Instant instant) {
        List<Instant> fires = firesBetween(instant.minus(java.time.Duration.ofDays(367)), instant, 1);
        return fires.isEmpty() ? Optional.empty() : Optional.of(fires.get(fires.size() - 1));
    }
}
