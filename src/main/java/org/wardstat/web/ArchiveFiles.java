package org.wardstat.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an archived edition's file is, from the path its database row records, never from
 * anything a request says. Even so the path is resolved and checked: a row that points outside
 * {@code reports/archive/} (a hand-edited row, a link) serves nothing.
 */
public final class ArchiveFiles {

    private ArchiveFiles() {
    }

    public static Optional<Path> resolve(Path reports, String relative) {
        if (relative == null || relative.isBlank()) {
            return Optional.empty();
        }
        Path archive = reports.toAbsolutePath().normalize().resolve("archive");
        Path file = archive.getParent().resolve(relative).normalize();
        if (!file.startsWith(archive) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            // a folder on the way may itself be a link out of the archive
            return file.toRealPath().startsWith(archive.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
