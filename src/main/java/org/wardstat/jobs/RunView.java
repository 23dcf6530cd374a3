package org.wardstat.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A run as the command line and the web pages show it, read from the job repository: a run is a
 * job instance ({@code id}), shown as its latest attempt ({@code executionId}).
 *
 * @param jobName        the job definition's name; {@code report} for a one-off report, {@code demo}, {@code ingest}
 * @param status         RUNNING, COMPLETED, FAILED, WAITING (for data), STOPPED or ABANDONED
 * @param itemsTotal     the reports planned
 * @param itemsDone      the reports made (or found to have no figures) so far, over every attempt
 * @param renderStarted  when the latest attempt began rendering; null before
 * @param message        why it failed, waits or was refused, in words
 */
public record RunView(long id, long executionId, String jobName, String subject, String periodCode, String trigger, String status,
                      String requestedBy, List<String> scope, Instant startedAt, Instant finishedAt, Instant renderStarted,
                      int itemsTotal, int itemsDone, String message) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String WAITING = "WAITING";

    /** Until now for a run still going. */
    public Duration duration() {
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
    }

    public boolean running() {
        return RUNNING.equals(status);
    }

    public boolean completed() {
        return COMPLETED.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }

    public boolean waiting() {
        return WAITING.equals(status);
    }

    /** Whole percent of the reports done, for a progress bar. */
    public int percentDone() {
        return itemsTotal == 0 ? (running() ? 0 : 100) : itemsDone * 100 / itemsTotal;
    }

    /**
     * Reports per minute since rendering began, to the run's end (or now, while it runs); empty
     * before anything is rendered.
     */
    public Optional<Double> perMinute(Instant now) {
        if (renderStarted == null || itemsDone == 0) {
            return Optional.empty();
        }
        double minutes = Duration.between(renderStarted, finishedAt == null ? now : finishedAt).toMillis() / 60_000.0;
        return minutes <= 0 ? Optional.empty() : Optional.of(itemsDone / minutes);
    }

    /** At the rate so far, how long the rest takes; empty when there is no rate yet or the run is over. */
    public Optional<Duration> timeLeft(Instant now) {
        if (!running()) {
            return Optional.empty();
        }
        return perMinute(now).map(rate -> Duration.ofSeconds(Math.round((itemsTotal - itemsDone) * 60 / rate)));
    }
}
