package org.wardstat.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A row after validation: the values it carries (blank cells are absent: "not reported"), or
 * the problems that reject it as a whole; and warnings that do not (a total that differs from
 * the sum of what it adds up).
 *
 * @param totalRow a "Tổng cộng" row: checked, never staged or counted as a row read
 */
public record ValidatedRow(String sheet, long rowNumber, List<Value> values, List<RowProblem> problems, String rawText,
                           List<RowProblem> warnings, boolean totalRow) {

    /** One figure for one ward, month and indicator. */
    public record Value(String ward, YearMonth period, String indicator, BigDecimal value, String note) {
    }

    public ValidatedRow(String sheet, long rowNumber, List<Value> values, List<RowProblem> problems, String rawText) {
        this(sheet, rowNumber, values, problems, rawText, List.of(), false);
    }

    public boolean rejected() {
        return !problems.isEmpty();
    }
}
