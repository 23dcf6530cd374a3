package org.wardstat.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A run as the command line and the web pages show it. */
public record RunView(long id, String jobName, String periodCode, String trigger, String status, String requestedBy,
                      List<String> scope, Instant startedAt, Instant finishedAt, int itemsTotal, int itemsDone,
                      String currentItem, String message, Long reportRunId, long rowsRejected) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String SUPERSEDED = "SUPERSEDED";

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

    /** Whole percent of the items done, for a progress bar. */
    public int percentDone() {
        return itemsTotal == 0 ? (running() ? 0 : 100) : itemsDone * 100 / itemsTotal;
    }
}
