package org.wardstat.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;

/**
 * The monthly history of a unit including the units it replaced. Before a merged ward was
 * formed its months are the sums of its predecessors' months (and theirs, in turn), so "so với
 * cùng kỳ" across the merger compares the new ward with the sum of the old ones. A month of an
 * indicator counts only when every predecessor reported it: a missing predecessor is never
 * taken as zero.
 */
public final class Lineage {

    private Lineage() {
    }

    /**
     * @param load reads one unit's own stored values for a span of months (first, last)
     */
    public static MonthlyValues values(OrgUnit unit, Catalog catalog, YearMonth first, YearMonth last,
                                       BiFunction<String, Window, MonthlyValues> load) {
        MonthlyValues own = load.apply(unit.code(), new Window(first, last));
        if (unit.predecessors().isEmpty() || !first.isBefore(unit.firstMonth())) {
            return own;
        }
        YearMonth lastBefore = last.isBefore(unit.firstMonth()) ? last : unit.firstMonth().minusMonths(1);
        List<MonthlyValues> parts = new ArrayList<>();
        for (String code : unit.predecessors()) {
            OrgUnit predecessor = catalog.unit(code).orElseThrow(() -> new IllegalStateException("Unknown predecessor " + code));
            parts.add(values(predecessor, catalog, first, lastBefore, load));
        }
        Window before = new Window(first, lastBefore);
        for (String indicator : parts.get(0).indicators()) {
            for (YearMonth month : parts.get(0).in(indicator, before).keySet()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (MonthlyValues part : parts) {
                    BigDecimal value = part.get(indicator, month);
                    if (value == null) {
                        sum = null;
                        break;
                    }
                    sum = sum.add(value);
                }
                if (sum != null && own.get(indicator, month) == null) {
                    own.put(indicator, month, sum);
                }
            }
        }
        return own;
    }
}
