package org.wardstat.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * Where one printed figure comes from: the stored ward-months it adds up (for a ward formed by a
 * merger, its predecessors' months before the merger), each with the file, sheet and row it was
 * read from, the load that stored it and the values it replaced; the total those rows give, by the
 * rule of the indicator's kind, and the figure the report prints.
 *
 * @param rows        the values that count, unit by unit and month by month; for a rate both flows' values
 * @param total       what the rows give: flows summed, stocks each unit's last month summed, rates
 *                    100 × summed numerator / summed denominator; null when nothing counts or a rate is undefined
 * @param numerator   for a rate the summed numerator rows, otherwise null
 * @param denominator for a rate the summed denominator rows, otherwise null
 * @param units       the units (wards, a merged ward counting once) whose months count
 * @param leftOut     units that reported in the window but do not count, because the printed figure
 *                    compares only the units that reported the same months a year earlier
 * @param printed     the figure the report prints, as {@link RollUps} computes it
 */
public record Explanation(OrgUnit unit, Window window, Indicator indicator, List<Row> rows, BigDecimal total,
                          BigDecimal numerator, BigDecimal denominator, List<OrgUnit> units, List<OrgUnit> leftOut,
                          Measure printed) {

    /**
     * One stored value.
     *
     * @param unit      the unit of the comparison the value counts for (a merged ward for its predecessors' months)
     * @param ward      the ward that reported it
     * @param indicator the stored indicator (for a rate: its numerator or its denominator)
     * @param sheet     '' for a CSV file; null (with row) when the value was loaded before sheets and rows were kept
     * @param loadId    the source file's load number
     */
    public record Row(OrgUnit unit, OrgUnit ward, YearMonth month, String indicator, BigDecimal value, String file,
                      String sheet, Integer row, long loadId, Instant loadedAt, List<Revision> revisions) {
    }

    /** A value a later file replaced, with the file and row each came from. */
    public record Revision(BigDecimal oldValue, BigDecimal newValue, String oldFile, String oldSheet, Integer oldRow,
                           String newFile, String newSheet, Integer newRow, Instant revisedAt) {
    }

    public Indicator.Kind kind() {
        return indicator.kind();
    }

    /** The rows give exactly the printed figure (both absent counts as agreeing). */
    public boolean addsUp() {
        BigDecimal shown = printed.value();
        return total == null ? shown == null : shown != null && total.compareTo(shown) == 0;
    }
}
