package org.wardstat.criteria;

import java.nio.file.Path;

import org.wardstat.catalog.CatalogFileException;
import org.wardstat.system.Messages;

/** A criteria catalog or assessments file that cannot be used: the message names the file, the line and the criterion. */
public final class CriteriaFileException extends CatalogFileException {

    private final transient Path file;
    private final long line;
    private final String criterion;

    CriteriaFileException(Path file, long line, String criterion, String reason, Messages messages) {
        super(messages.get("criteria.error.at", file.getFileName().toString(), line,
                criterion == null ? reason : messages.get("criteria.error.criterion", criterion, reason)));
        this.file = file;
        this.line = line;
        this.criterion = criterion;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The criterion's code, when the problem is with one. */
    public String criterion() {
        return criterion;
    }
}
