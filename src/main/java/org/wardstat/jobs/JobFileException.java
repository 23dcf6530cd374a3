package org.wardstat.jobs;

import java.nio.file.Path;

/** A job definition that cannot be used, with the file and line where it goes wrong. */
public class JobFileException extends RuntimeException {

    private final Path file;
    private final int line;

    public JobFileException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
