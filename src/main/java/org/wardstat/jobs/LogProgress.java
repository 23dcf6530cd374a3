package org.wardstat.jobs;

import org.slf4j.Logger;

/** Progress as plain log lines: what an unattended run leaves for whoever reads the log in the morning. */
public final class LogProgress implements RunProgress {

    private final Logger log;

    public LogProgress(Logger log) {
        this.log = log;
    }

    @Override
    public void working(RunView run, int done, int total, String item) {
        log.info("lượt #{} {} {}: {}/{} {}", run.id(), run.jobName(), run.periodCode(), done + 1, total, item);
    }

    @Override
    public void finished(RunView run) {
        log.info("lượt #{} {} {}: {} sau {} giây, {}/{} mục{}", run.id(), run.jobName(), run.periodCode(),
                org.wardstat.system.Messages.vietnamese().get("run.status." + run.status().toLowerCase(java.util.Locale.ROOT)),
                run.duration().toSeconds(), run.itemsDone(), run.itemsTotal(), run.message() == null ? "" : " — " + run.message());
    }
}
