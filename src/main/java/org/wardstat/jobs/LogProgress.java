package org.wardstat.jobs;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.wardstat.system.Messages;

/**
 * Progress as plain log lines, what an unattended run leaves for whoever reads the log in the
 * morning: a line every 30 seconds at most while it goes, and one when it ends.
 */
public final class LogProgress implements RunProgress {

    private static final Duration EVERY = Duration.ofSeconds(30);

    private final Logger log;
    private final Messages messages = Messages.vietnamese();
    private Instant last = Instant.EPOCH;

    public LogProgress(Logger log) {
        this.log = log;
    }

    @Override
    public void update(RunView run) {
        Instant now = Instant.now();
        if (Duration.between(last, now).compareTo(EVERY) >= 0) {
            last = now;
            log.info("lượt #{} {} {}: {}", run.id(), run.jobName(), run.periodCode(), ProgressText.of(run, messages));
        }
    }

    @Override
    public void finished(RunView run) {
        log.info("lượt #{} {} {}: {} sau {} giây, {}/{} báo cáo{}", run.id(), run.jobName(), run.periodCode(),
                messages.get("run.status." + run.status().toLowerCase(java.util.Locale.ROOT)), run.duration().toSeconds(),
                run.itemsDone(), run.itemsTotal(), run.message() == null ? "" : " — " + run.message());
    }
}
