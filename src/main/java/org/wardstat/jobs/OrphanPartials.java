package org.wardstat.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.wardstat.system.WardstatProperties;

/**
 * A report is written under a temporary name ({@code .partial-…}) and moved into place; a
 * process killed mid-write leaves that file behind. When a run is restarted, each partition
 * first deletes the partial files older than the heartbeat silence: a live writer finishes a
 * report in well under a second, so anything that old belongs to a process that died. Only on a
 * restart, as only a killed attempt leaves such files and the archive may be large to walk.
 */
@Component
class OrphanPartials implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(OrphanPartials.class);

    private final JobRepository repository;
    private final WardstatProperties properties;
    private final Heartbeats heartbeats;

    OrphanPartials(JobRepository repository, WardstatProperties properties, Heartbeats heartbeats) {
        this.repository = repository;
        this.properties = properties;
        this.heartbeats = heartbeats;
    }

    @Override
    public void beforeStep(StepExecution execution) {
        if (repository.getJobExecutions(execution.getJobExecution().getJobInstance()).size() > 1) {
            int deleted = sweep(properties.reports(), Instant.now().minus(heartbeats.silence()));
            if (deleted > 0) {
                log.info("Deleted {} partial report file(s) left by an interrupted attempt", deleted);
            }
        }
    }

    static int sweep(Path reports, Instant olderThan) {
        if (!Files.isDirectory(reports)) {
            return 0;
        }
        List<Path> orphans;
        try (Stream<Path> files = Files.walk(reports)) {
            orphans = files.filter(file -> file.getFileName().toString().startsWith(".partial-"))
                    .filter(file -> modifiedBefore(file, FileTime.from(olderThan))).toList();
        } catch (IOException | UncheckedIOException e) {
            log.warn("Reports folder not swept for partial files: {}", e.getMessage()); // the restart goes on; the files are hidden
            return 0;
        }
        int deleted = 0;
        for (Path orphan : orphans) {
            try {
                deleted += Files.deleteIfExists(orphan) ? 1 : 0;
            } catch (IOException e) {
                log.warn("Partial file {} not deleted: {}", orphan, e.getMessage());
            }
        }
        return deleted;
    }

    private static boolean modifiedBefore(Path file, FileTime time) {
        try {
            return Files.getLastModifiedTime(file).compareTo(time) < 0;
        } catch (IOException e) {
            return false; // gone meanwhile: its writer moved it into place
        }
    }
}
