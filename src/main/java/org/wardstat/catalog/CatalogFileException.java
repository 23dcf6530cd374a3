package org.wardstat.catalog;

import java.nio.file.Path;

/** A vocabulary file that cannot be used; the message names the file and the line. */
public class CatalogFileException extends RuntimeException {

    public CatalogFileException(Path file, long line, String reason) {
        super(file.getFileName() + ", dòng " + line + ": " + reason);
    }
}
