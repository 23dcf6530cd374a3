package org.wardstat.ingest.source;

/**
 * A file that cannot be read as a table at all (corrupt or truncated workbook, suspicious
 * compression, missing sheet, wrong encoding). Nothing of it is loaded.
 *
 * @see #reasonCode a key of the message bundles ({@code file.xlsx-corrupt}, ...), whose
 *      argument {0} is the file name and {1} the {@link #detail}
 */
public class UnreadableFileException extends RuntimeException {

    private final String reasonCode;
    private final String detail;

    public UnreadableFileException(String reasonCode, String detail, Throwable cause) {
        super(reasonCode + ": " + detail, cause);
        this.reasonCode = reasonCode;
        this.detail = detail;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String detail() {
        return detail;
    }
}
