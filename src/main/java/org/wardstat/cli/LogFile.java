package org.wardstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

/**
 * Where the details go that a user is spared: {@code data/logs/wardstat.log} (under the data
 * folder, wherever the settings put it). The command line prints one sentence and names this
 * file; the stack trace is written here.
 */
final class LogFile {

    private LogFile() {
    }

    private static volatile Path current;

    /**
     * Fixes the log file of a command line run when it begins: a benchmark later points the data
     * folder at its own throwaway one, but its log belongs with the others.
     */
    static Path begin() {
        current = resolve();
        return current;
    }

    static Path path() {
        Path fixed = current;
        return fixed != null ? fixed : resolve();
    }

    /** Resolved before the application starts, with Spring's precedence: system property, then environment, then default. */
    private static Path resolve() {
        Path home = Path.of(first(System.getProperty("wardstat.home"), System.getenv("WARDSTAT_HOME"), System.getProperty("user.dir")));
        Path data = home.resolve(first(System.getProperty("wardstat.data-dir"), System.getenv("WARDSTAT_DATA_DIR"), "data"));
        return data.resolve("logs").resolve("wardstat.log").toAbsolutePath().normalize();
    }

    static void append(Path file, String command, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, OffsetDateTime.now() + " ERROR wardstat " + command + " failed (process "
                            + ProcessHandle.current().pid() + ")" + System.lineSeparator() + trace,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // nowhere to write: the one-line message is all there is
        }
    }

    private static String first(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(values[values.length - 1]);
    }
}
