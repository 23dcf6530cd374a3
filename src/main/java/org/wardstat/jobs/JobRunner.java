package org.wardstat.jobs;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * The one launch path of jobs and reports, for the scheduler, the command line and the web alike:
 * claim the run (which refuses a job and period that is running or done), plan its items, then
 * work through them. Items already done are never redone, so a restart continues where the
 * failed or interrupted run stopped.
 */
@Service
public class JobRunner {

    /** Name of the runs that render one report on request, outside any job definition. */
    public static final String ONE_OFF_REPORT = "report";

    private final RunRepository runs;
    private final JobDefinitions jobs;
    private final CatalogRepository catalogs;
    private final IngestService ingest;
    private final ReportService reports;
    /** Runs this process is working on, for the heartbeat. */
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    JobRunner(RunRepository runs, JobDefinitions jobs, CatalogRepository catalogs, IngestService ingest, ReportService reports) {
        this.runs = runs;
        this.jobs = jobs;
        this.catalogs = catalogs;
        this.ingest = ingest;
        this.reports = reports;
    }

    /** A copy working on another connection pool: a second server on the same database, in tests. */
    public JobRunner withRuns(RunRepository otherRuns) {
        return new JobRunner(otherRuns, jobs, catalogs, ingest, reports);
    }

    public RunRepository.Claim claimJob(JobDefinition job, Window window, String trigger, String requestedBy, Instant scheduledFor,
                                        boolean again) {
        RunRepository.Claim claim = runs.claim(new RunRepository.NewRun(job.name(), window.code(), runKey(job.name(), window),
                trigger, requestedBy, job.scope(), scheduledFor, formats(job.formats()), job.language()), again);
        if (claim.result() == RunRepository.ClaimResult.CLAIMED) {
            plan(claim.runId(), RunPlan.of(job, catalogs.load(), window), trigger + ":" + job.name());
        }
        return claim;
    }

    public long claimReport(String unitCode, Window window, Set<ReportService.Format> formats, String language, String trigger,
                            String requestedBy) {
        long runId = runs.claim(new RunRepository.NewRun(ONE_OFF_REPORT, window.code(), null, trigger, requestedBy,
                List.of(unitCode), null, formats(formats), language), false).runId();
        plan(runId, RunPlan.report(unitCode), trigger.toLowerCase(Locale.ROOT));
        return runId;
    }

    static String runKey(String jobName, Window window) {
        return jobName + "/" + window.code();
    }

    /**
     * A broken template stops the run here, before any report is half made. The run is recorded
     * as failed with the reason, so whoever started it (a page, a command) can show why, and a
     * restart after the fix plans it again.
     */
    private void plan(long runId, List<RunItem> items, String reportTrigger) {
        try {
            runs.plan(runId, reports.startRun(reportTrigger), items);
        } catch (RuntimeException e) {
            runs.finish(runId, false, e.getMessage());
        }
    }

    /** Takes a failed run up again; false when it is not failed, or its job and period ran meanwhile. */
    public boolean reopen(long runId) {
        return runs.reopen(runId);
    }

    /** Works through the run's items that are not done yet and records how it ended. */
    public RunView execute(long runId, RunProgress progress) {
        RunView claimed = runs.find(runId).orElseThrow();
        if (claimed.failed()) { // planning failed at the claim: nothing to work through until it is restarted
            return finished(runId, progress);
        }
        RunRepository.Settings settings = runs.settings(runId);
        Messages messages = Messages.forLanguage(settings.language());
        active.add(runId);
        try {
            Window window = Window.parse(claimed.periodCode()).orElseThrow();
            boolean oneOff = claimed.jobName().equals(ONE_OFF_REPORT);
            Optional<JobDefinition> job = oneOff ? Optional.empty() : jobs.find(claimed.jobName(), messages);
            if (job.isEmpty() && !oneOff) {
                runs.finish(runId, false, messages.get("run.job-gone", claimed.jobName()));
                return finished(runId, progress);
            }
            if (claimed.reportRunId() == null) { // it failed before planning (a broken template): plan it now
                plan(runId, job.map(definition -> RunPlan.of(definition, catalogs.load(), window))
                        .orElseGet(() -> RunPlan.report(claimed.scope().get(0))), "restart");
            }
            RunView run = runs.find(runId).orElseThrow();
            if (run.failed()) {
                return finished(runId, progress);
            }
            RunItems work = new RunItems(ingest, reports, catalogs.load(), window, parseFormats(settings.formats()), messages,
                    job.map(JobDefinition::inbox).orElse(null), job.map(JobDefinition::output).orElse(null), run.reportRunId());
            boolean failed = false;
            boolean loadFailed = false;
            List<RunItem> items = runs.items(runId);
            int done = (int) items.stream().filter(RunItem::done).count();
            for (RunItem item : items) {
                if (item.done() || (loadFailed && item.kind() == RunItem.Kind.REPORT)) {
                    continue; // reports wait for every file to load: a restart after the fix renders them with its figures
                }
                String label = item.kind() == RunItem.Kind.LOAD ? item.subject() : item.subject() + " " + run.periodCode();
                runs.working(runId, item.subject());
                progress.working(run, done, items.size(), label);
                RunItems.Outcome outcome = work.run(item);
                runs.itemFinished(runId, item.seq(), outcome.done(), outcome.message(), outcome.rowsRejected());
                if (outcome.done()) {
                    done++;
                } else {
                    failed = true;
                    loadFailed |= item.kind() == RunItem.Kind.LOAD;
                }
            }
            reports.finishRun(run.reportRunId(), !failed);
            runs.finish(runId, !failed, failed ? messages.get(loadFailed ? "run.failed-load" : "run.failed-items") : null);
        } catch (RuntimeException e) {
            runs.finish(runId, false, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            active.remove(runId);
        }
        return finished(runId, progress);
    }

    private RunView finished(long runId, RunProgress progress) {
        RunView done = runs.find(runId).orElseThrow();
        progress.finished(done);
        return done;
    }

    public void heartbeat() {
        runs.heartbeat(List.copyOf(active));
    }

    static String formats(Set<ReportService.Format> formats) {
        return String.join(",", formats.stream().map(ReportService.Format::code).toList());
    }

    static Set<ReportService.Format> parseFormats(String formats) {
        Set<ReportService.Format> parsed = EnumSet.noneOf(ReportService.Format.class);
        Arrays.stream(formats.split(",")).map(name -> ReportService.Format.of(name).orElseThrow()).forEach(parsed::add);
        return parsed;
    }
}
