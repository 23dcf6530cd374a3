package org.wardstat.jobs;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Follows a run until it ends, reading its progress from the job repository (so a run whose
 * partitions render in other processes is followed the same way), and hands each reading to
 * whoever watches: a terminal's bar, a log.
 */
@Component
public class RunFollower {

    private static final Duration EVERY = Duration.ofMillis(500);

    private final RunHistory history;

    RunFollower(RunHistory history) {
        this.history = history;
    }

    /** Waits for the run's attempt to end; returns the run as it ended. */
    public RunView await(RunLauncher.Launch launch, RunProgress progress) {
        try {
            while (true) {
                RunView run = history.ofExecution(launch.executionId()).orElseThrow();
                boolean thisAttempt = run.executionId() == launch.executionId();
                if (thisAttempt && !run.running()) {
                    progress.finished(run);
                    return run;
                }
                if (thisAttempt) {
                    progress.update(run);
                }
                Thread.sleep(EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while following run #" + launch.run(), e);
        }
    }
}
