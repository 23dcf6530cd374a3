package org.wardstat.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A row after validation: either its values (indicator code to value; blank cells are absent,
 * meaning "not reported") or the problems that reject it as a whole.
 */
public record ValidatedRow(long rowNumber, String wardCode, YearMonth period, Map<String, BigDecimal> values,
                           List<RowProblem> problems, String rawText) {

    public boolean rejected() {
        return !problems.isEmpty();
    }
}
