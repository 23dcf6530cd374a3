package org.wardstat.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Service;
import org.wardstat.analytics.Window;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * Runs started from the web: claimed at once (so the page can show the run), worked through in
 * the background, one at a time so a burst of requests does not starve the scheduled run.
 */
@Service
public class Runs {

    private final JobRunner runner;
    private final RunRepository runs;
    private final JobDefinitions jobs;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "wardstat-runs");
        thread.setDaemon(true);
        return thread;
    });

    Runs(JobRunner runner, RunRepository runs, JobDefinitions jobs, Clock clock) {
        this.runner = runner;
        this.runs = runs;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Starts a one-off report run in the background; returns the run id at once. */
    public long requestReport(String unitCode, Window window, Set<ReportService.Format> formats, String language, String requestedBy) {
        long runId = runner.claimReport(unitCode, window, formats, language, "WEB", requestedBy);
        background.submit(() -> runner.execute(runId, RunProgress.NONE));
        return runId;
    }

    /**
     * Runs a job now for the period its rule gives today, in the background. Asking is asking
     * again: a completed run of that period is set aside. A run still going is returned as is.
     */
    public long runJobNow(String jobName, String requestedBy) {
        JobDefinition job = jobs.find(jobName, Messages.vietnamese())
                .orElseThrow(() -> new IllegalArgumentException(Messages.vietnamese().get("run.job-gone", jobName)));
        Window window = job.periodAt(clock.instant());
        RunRepository.Claim claim = runner.claimJob(job, window, "MANUAL", requestedBy, null, true);
        if (claim.result() == RunRepository.ClaimResult.CLAIMED) {
            background.submit(() -> runner.execute(claim.runId(), RunProgress.NONE));
        }
        return claim.runId();
    }

    public Optional<RunView> find(long id) {
        return runs.find(id);
    }

    public List<RunView> recent(int limit) {
        return runs.recent(limit);
    }

    public List<RunItem> items(long runId) {
        return runs.items(runId);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdown();
    }
}
