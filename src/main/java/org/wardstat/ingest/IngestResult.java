package org.wardstat.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one file, as the user is told.
 *
 * @param outcome       loaded now, loaded before (same bytes), refused as a whole, or failed
 * @param message       for REFUSED and FAILED: why, in the user's language
 * @param rowsLoaded    rows whose values were all new
 * @param rowsUpdated   rows that replaced at least one stored value (the old ones are kept as revisions)
 * @param rowsUnchanged rows that carried only values already stored
 * @param notes         things the user should know that are not faults (sheets skipped, encoding used)
 */
public record IngestResult(Path file, Outcome outcome, String message, long sourceFileId,
                           int rowsRead, int rowsLoaded, int rowsUpdated, int rowsUnchanged, int rowsRejected, int rowsWarned,
                           int valuesNew, int valuesChanged, List<String> notes,
                           Path summaryFile, Path rejectFile, Path warningFile) {

    public enum Outcome { LOADED, ALREADY_LOADED, REFUSED, FAILED }

    static IngestResult refused(Path file, String message) {
        return new IngestResult(file, Outcome.REFUSED, message, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null, null, null);
    }

    /** Stopped by something other than the file (the database went away): what was stored stays, and running again continues. */
    static IngestResult failed(Path file, String message) {
        return new IngestResult(file, Outcome.FAILED, message, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null, null, null);
    }

    public boolean ok() {
        return outcome == Outcome.LOADED || outcome == Outcome.ALREADY_LOADED;
    }

    /** Values inserted or changed by this load; 0 when the file had been loaded before. */
    public int valuesWritten() {
        return outcome == Outcome.ALREADY_LOADED ? 0 : valuesNew + valuesChanged;
    }
}
