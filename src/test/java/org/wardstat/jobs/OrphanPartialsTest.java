package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while writing a report leaves its {@code .partial-} file: a restart deletes
 * those older than the silence, and nothing else (not a live writer's, not a report).
 */
class OrphanPartialsTest {

    @TempDir
    Path reports;

    @Test
    void aRestartDeletesThePartialFilesOfAKilledAttemptOnly() throws Exception {
        Instant now = Instant.now();
        Path orphan = file("archive/duc-xuan/2024/.partial-123.tmp", now.minus(Duration.ofMinutes(5)));
        Path orphanOfAnArea = file("areas/2024/.partial-456.tmp", now.minus(Duration.ofSeconds(61)));
        Path beingWritten = file("areas/2024/.partial-789.tmp", now.minusSeconds(1));
        Path report = file("archive/duc-xuan/2024/duc-xuan-2024-20260305-093000-run7.pdf", now.minus(Duration.ofDays(3)));

        int deleted = OrphanPartials.sweep(reports, now.minus(Duration.ofMinutes(1)));

        assertThat(deleted).isEqualTo(2);
        assertThat(orphan).doesNotExist();
        assertThat(orphanOfAnArea).doesNotExist();
        assertThat(beingWritten).exists();
        assertThat(report).exists().hasContent("report");
    }

    @Test
    void noReportsFolderYetIsNothingToSweep() {
        assertThat(OrphanPartials.sweep(reports.resolve("not-there"), Instant.now())).isZero();
    }

    private Path file(String path, Instant modified) throws Exception {
        Path file = reports.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path.contains(".partial-") ? "half a PDF" : "report");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
