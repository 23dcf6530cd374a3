package org.wardstat.ingest.source;

import java.util.Locale;

/** Names what went wrong when POI could not read a workbook, as the reasons users are shown. */
final class XlsxProblems {

    static final String CORRUPT = "file.xlsx-corrupt";
    static final String ZIP_BOMB = "file.xlsx-zip-bomb";
    static final String NO_SHEET = "file.xlsx-no-sheet";

    private XlsxProblems() {
    }

    static UnreadableFileException unreadable(Throwable problem) {
        if (problem instanceof UnreadableFileException unreadable) {
            return unreadable;
        }
        // POI reports its zip-bomb guards (inflate ratio, entry size, entry count) only through
        // the message of an IOException ("Zip bomb detected!", "... potentially malicious ..."),
        // which parsers and packages wrap in their own exceptions.
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("potentially malicious")) {
                return new UnreadableFileException(ZIP_BOMB, firstLine(cause), problem);
            }
        }
        return new UnreadableFileException(CORRUPT, describe(problem), problem);
    }

    private static String describe(Throwable problem) {
        Throwable innermost = problem;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String outer = problem.getClass().getSimpleName() + ": " + firstLine(problem);
        return innermost == problem ? outer
                : outer + " (" + innermost.getClass().getSimpleName() + ": " + firstLine(innermost) + ")";
    }

    private static String firstLine(Throwable problem) {
        String message = problem.getMessage();
        if (message == null) {
            return problem.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
