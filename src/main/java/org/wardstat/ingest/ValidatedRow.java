package org.wardstat.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A row after validation: the values it carries (blank cells are absent: "not reported"), or
 * the problems that reject it as a whole.
 */
public record ValidatedRow(String sheet, long rowNumber, List<Value> values, List<RowProblem> problems, String rawText) {

    /** One figure for one ward, month and indicator. */
    public record Value(String ward, YearMonth period, String indicator, BigDecimal value, String note) {
    }

    public boolean rejected() {
        return !problems.isEmpty();
    }
}
