package org.wardstat.ingest;

import java.math.BigDecimal;

/**
 * A check on loaded values that spans cells, written in {@code catalog/validation-rules.csv}.
 * An error rejects the rows involved; a warning loads them and reports it.
 *
 * <p>Two forms: {@code left <= right} compares two indicators of the same ward and month (e.g.
 * early ≤ on time); {@code value > 10 * usual} flags a value more than ten times the median of
 * the ward's previous twelve months for that indicator.
 */
public record ValidationRule(String code, Severity severity, Kind kind, String left, String operator, String right,
                             BigDecimal factor, String messageVi, String messageEn, int line) {

    public enum Severity { ERROR, WARNING }

    public enum Kind { COMPARE, ABOVE_USUAL }

    public String message(boolean vietnamese) {
        return vietnamese ? messageVi : messageEn;
    }
}
