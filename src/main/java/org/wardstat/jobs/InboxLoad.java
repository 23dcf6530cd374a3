package org.wardstat.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.wardstat.audit.AuditTrail;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;

/**
 * Loads every statistics file waiting in a job's inbox, each as its own ingest job, and files
 * each loaded one under {@code da-nap/} so the next run does not offer it again. The reports
 * wait for every file: one that cannot be loaded fails the step (after the others are tried),
 * and a restart after the fix loads it and goes on to render.
 *
 * <p>A step of its own rather than a tasklet: a tasklet runs inside a transaction, and each
 * file's ingest job must start outside any (Spring Batch refuses a job launched within one),
 * as Spring Batch's own {@code JobStep} runs its job.
 */
final class InboxLoad extends AbstractStep {

    static final String ROWS_REJECTED = "rowsRejected";

    private final IngestService ingest;
    private final JobDefinitions jobs;

    InboxLoad(JobRepository jobRepository, IngestService ingest, JobDefinitions jobs) {
        super(jobRepository);
        setName("load-inbox");
        setAllowStartIfComplete(true); // a restart loads the files that came meanwhile too
        this.ingest = ingest;
        this.jobs = jobs;
    }

    @Override
    protected void doExecute(StepExecution step) {
        Messages messages = Messages.forLanguage(step.getJobParameters().getString(RunParameters.LANGUAGE));
        Path inbox = PublishJobConfiguration.definition(jobs, step.getJobParameters().getString(RunParameters.JOB_FILE), messages).inbox();
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long rejected = 0;
        for (Path file : RunPlan.inboxFiles(inbox)) {
            step.setReadCount(step.getReadCount() + 1);
            IngestResult result = ingest.ingest(file, IngestService.Options.DEFAULT, messages, AuditTrail.Actor.scheduler());
            if (!result.ok()) {
                failures.add(file.getFileName() + ": " + result.message());
                continue;
            }
            Path filed = fileAway(inbox, file);
            String line = messages.get("run.loaded", file.getFileName(), result.rowsRead(), result.rowsLoaded() + result.rowsUpdated(),
                    result.rowsRejected(), inbox.relativize(filed));
            lines.add(result.rowsRejected() > 0 ? line + " " + messages.get("load.rejects-at", result.rejectFile()) : line);
            rejected += result.rowsRejected();
            step.setWriteCount(step.getWriteCount() + 1);
        }
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        job.putLong(ROWS_REJECTED, job.getLong(ROWS_REJECTED, 0) + rejected);
        if (!failures.isEmpty()) {
            failures.add(messages.get("run.failed-load"));
            throw new InboxNotLoaded(String.join("\n", failures));
        }
        step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(String.join("\n", lines)));
    }

    /** A file of the inbox that could not be loaded; its message is the step's exit description. */
    static final class InboxNotLoaded extends RuntimeException {
        InboxNotLoaded(String message) {
            super(message);
        }
    }

    /** Moves a loaded file out of the inbox; a name taken already gets a number. */
    private static Path fileAway(Path inbox, Path file) {
        try {
            Path folder = Files.createDirectories(inbox.resolve(RunPlan.LOADED_FOLDER));
            Path target = folder.resolve(file.getFileName());
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(n + "-" + file.getFileName());
            }
            return Files.move(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
