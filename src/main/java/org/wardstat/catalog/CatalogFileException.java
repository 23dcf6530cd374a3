package org.wardstat.catalog;

import java.nio.file.Path;

/** A vocabulary file that cannot be used; the message names the file and the line. */
public class CatalogFileException extends RuntimeException {

    public CatalogFileException(Path file, long line, String reason) {
        super(file.getFileName() + ", dòng " + line + ": " + reason);
    }

    /** For files whose messages are told in the user's language: the message already names the file and line. */
    protected CatalogFileException(String message) {
        super(message);
    }
}
