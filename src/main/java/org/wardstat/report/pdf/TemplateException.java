package org.wardstat.report.pdf;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A report template that cannot be used. The message, in the user's language, names the file and
 * where known the line, e.g. "Mẫu báo cáo report-templates/x.jrxml, dòng 42: biểu thức không
 * biên dịch được: $F{nope} (không có trường nope)"; the same facts are fields for a caller that
 * wants to show them otherwise.
 */
public final class TemplateException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String reason;

    TemplateException(String message, Path file, int line, String reason, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The template file, as found in the templates folder. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the file the problem sits on, empty when it cannot be told. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** What is wrong, without file and line. */
    public String reason() {
        return reason;
    }
}
