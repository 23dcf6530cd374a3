package org.wardstat.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;

/**
 * Loads every statistics file waiting in a job's inbox, each as its own ingest job, and files
 * each loaded one under {@code da-nap/} so the next run does not offer it again. The reports
 * wait for every file: one that cannot be loaded fails the step (after the others are tried),
 * and a restart after the fix loads it and goes on to render.
 */
final class InboxLoad implements Tasklet {

    static final String ROWS_REJECTED = "rowsRejected";

    private final IngestService ingest;
    private final Path inbox;
    private final Messages messages;

    InboxLoad(IngestService ingest, Path inbox, Messages messages) {
        this.ingest = ingest;
        this.inbox = inbox;
        this.messages = messages;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long rejected = 0;
        for (Path file : RunPlan.inboxFiles(inbox)) {
            contribution.incrementReadCount();
            IngestResult result = ingest.ingest(file, messages);
            if (!result.ok()) {
                failures.add(file.getFileName() + ": " + result.message());
                continue;
            }
            Path filed = fileAway(file);
            String line = messages.get("run.loaded", file.getFileName(), result.rowsRead(), result.rowsLoaded() + result.rowsUpdated(),
                    result.rowsRejected(), inbox.relativize(filed));
            lines.add(result.rowsRejected() > 0 ? line + " " + messages.get("load.rejects-at", result.rejectFile()) : line);
            rejected += result.rowsRejected();
            contribution.incrementWriteCount(1);
        }
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        job.putLong(ROWS_REJECTED, job.getLong(ROWS_REJECTED, 0) + rejected);
        if (!failures.isEmpty()) {
            failures.add(messages.get("run.failed-load"));
            throw new InboxNotLoaded(String.join("\n", failures));
        }
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(String.join("\n", lines)));
        return RepeatStatus.FINISHED;
    }

    /** A file of the inbox that could not be loaded; its message is the step's exit description. */
    static final class InboxNotLoaded extends RuntimeException {
        InboxNotLoaded(String message) {
            super(message);
        }
    }

    /** Moves a loaded file out of the inbox; a name taken already gets a number. */
    private Path fileAway(Path file) {
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
