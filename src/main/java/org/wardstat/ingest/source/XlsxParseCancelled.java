package org.wardstat.ingest.source;

/** Unwinds a background sheet parse once its reader is closed. */
final class XlsxParseCancelled extends RuntimeException {

    XlsxParseCancelled() {
        super("the reader was closed", null, false, false);
    }
}
