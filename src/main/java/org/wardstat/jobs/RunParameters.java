package org.wardstat.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.wardstat.analytics.Window;
import org.wardstat.report.ReportService;

/**
 * The parameters of a run. Identifying: the job definition and the period (a job definition's
 * run), the unit and the period (a one-off report), and a run number when a run is asked for
 * again; Spring Batch keys its job instances on them, so "already running" and "already
 * completed" come from the job repository. The rest only describe the run.
 */
public final class RunParameters {

    public static final String JOB = "job";
    /** The job definition's file: its run reads the job from there, on every attempt. */
    public static final String JOB_FILE = "jobFile";
    public static final String PERIOD = "period";
    public static final String UNIT = "unit";
    /** A number from the {@code run_number} sequence: a new instance of a job and period that ran before. */
    public static final String AGAIN = "run";
    public static final String TRIGGER = "trigger";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String SCOPE = "scope";
    public static final String FORMATS = "formats";
    public static final String LANGUAGE = "language";
    public static final String SCHEDULED_FOR = "scheduledFor";
    /** When the run was asked for, by wardstat's clock: the time in its reports' archive names. */
    public static final String REQUESTED_AT = "requestedAt";

    /** How a run was started, shown in the run history. */
    public enum Trigger { SCHEDULE, CATCH_UP, MANUAL, WEB, CLI }

    private RunParameters() {
    }

    static JobParameters publish(JobDefinition job, Window window, Trigger trigger, String requestedBy, Instant scheduledFor,
                                 Long again, Instant requestedAt) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JOB, job.name(), true)
                .addString(PERIOD, window.code(), true);
        if (again != null) {
            builder.addLong(AGAIN, again, true);
        }
        builder.addString(JOB_FILE, job.file().toAbsolutePath().toString(), false);
        if (scheduledFor != null) {
            builder.addLong(SCHEDULED_FOR, scheduledFor.toEpochMilli(), false);
        }
        return describe(builder, trigger, requestedBy, job.scope(), job.formats(), job.language(), requestedAt);
    }

    static JobParameters report(String unit, Window window, Set<ReportService.Format> formats, String language, Trigger trigger,
                                String requestedBy, long runNumber, Instant requestedAt) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(UNIT, unit, true)
                .addString(PERIOD, window.code(), true)
                .addLong(AGAIN, runNumber, true);
        return describe(builder, trigger, requestedBy, List.of(unit), formats, language, requestedAt);
    }

    static JobParameters demo(String requestedBy, String language, long runNumber, Instant requestedAt) {
        JobParametersBuilder builder = new JobParametersBuilder().addLong(AGAIN, runNumber, true);
        return describe(builder, Trigger.CLI, requestedBy, List.of(), Set.of(ReportService.Format.PDF, ReportService.Format.XLSX),
                language, requestedAt);
    }

    private static JobParameters describe(JobParametersBuilder builder, Trigger trigger, String requestedBy, List<String> scope,
                                          Set<ReportService.Format> formats, String language, Instant requestedAt) {
        return builder.addString(TRIGGER, trigger.name(), false)
                .addLong(REQUESTED_AT, requestedAt.toEpochMilli(), false)
                .addString(REQUESTED_BY, requestedBy, false)
                .addString(SCOPE, String.join(",", scope), false)
                .addString(FORMATS, String.join(",", formats.stream().sorted().map(ReportService.Format::code).toList()), false)
                .addString(LANGUAGE, language, false)
                .toJobParameters();
    }
}
