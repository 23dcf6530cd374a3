package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded path serves a file only when it lies inside reports/archive, links and dot-dots included. */
class ArchiveFilesTest {

    @TempDir
    Path folder;
    Path reports;

    @org.junit.jupiter.api.BeforeEach
    void reportsFolder() throws IOException {
        reports = Files.createDirectories(folder.resolve("reports"));
    }

    @Test
    void onlyFilesInsideTheArchiveAreServed() throws IOException {
        Path edition = reports.resolve("archive/tp-bac-kan/2024/tp-bac-kan-2024-run1.pdf");
        Files.createDirectories(edition.getParent());
        Files.writeString(edition, "%PDF");
        Files.writeString(reports.resolve("secret.txt"), "x");
        Files.createDirectories(reports.resolve("areas/2024"));
        Files.writeString(reports.resolve("areas/2024/tp-bac-kan-2024.pdf"), "%PDF");

        assertThat(ArchiveFiles.resolve(reports, "archive/tp-bac-kan/2024/tp-bac-kan-2024-run1.pdf")).contains(edition);
        assertThat(ArchiveFiles.resolve(reports, "archive/../secret.txt")).isEmpty();
        assertThat(ArchiveFiles.resolve(reports, "areas/2024/tp-bac-kan-2024.pdf")).as("outside the archive folder").isEmpty();
        assertThat(ArchiveFiles.resolve(reports, "/etc/passwd")).isEmpty();
        assertThat(ArchiveFiles.resolve(reports, "archive/tp-bac-kan/2024")).as("a folder").isEmpty();
        assertThat(ArchiveFiles.resolve(reports, "archive/tp-bac-kan/2024/missing.pdf")).isEmpty();
        assertThat(ArchiveFiles.resolve(reports, "")).isEmpty();
        assertThat(ArchiveFiles.resolve(reports, null)).isEmpty();
    }

    @Test
    void aLinkOutOfTheArchiveServesNothing() throws IOException {
        Files.createDirectories(reports.resolve("archive"));
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("x.pdf"), "not ours");
        Files.createSymbolicLink(reports.resolve("archive/linked"), outside);
        Files.createSymbolicLink(reports.resolve("archive/file.pdf"), outside.resolve("x.pdf"));

        assertThat(ArchiveFiles.resolve(reports, "archive/linked/x.pdf")).isEmpty();
        assertThat(ArchiveFiles.resolve(reports, "archive/file.pdf")).isEmpty();
    }
}
