package org.wardstat.ingest;

import java.nio.file.Path;

/**
 * What happened to one file, as the user is told.
 *
 * @param outcome        loaded now, loaded before (same bytes), refused as a whole, or failed
 * @param message        for REFUSED and FAILED: why, in the user's language
 * @param valuesWritten  values inserted or changed; 0 when the data was already stored
 * @param rejectFile     the rejected rows with their reasons (null when there were none)
 */
public record IngestResult(Path file, Outcome outcome, String message, long sourceFileId,
                           int rowsRead, int rowsLoaded, int rowsRejected, int valuesWritten,
                           Path summaryFile, Path rejectFile) {

    public enum Outcome { LOADED, ALREADY_LOADED, REFUSED, FAILED }

    static IngestResult refused(Path file, String message) {
        return new IngestResult(file, Outcome.REFUSED, message, 0, 0, 0, 0, 0, null, null);
    }

    public boolean ok() {
        return outcome == Outcome.LOADED || outcome == Outcome.ALREADY_LOADED;
    }
}
