package org.wardstat.analytics;

import java.util.List;
import java.util.Optional;

import org.wardstat.catalog.OrgUnit;

/**
 * An area's figures over a window against the same window a year earlier, summed from its wards:
 * flows summed, stocks the last value of each ward summed, rates the ratio of the summed flows.
 * A ward formed by a merger counts as one ward with the wards it replaced (its history).
 *
 * @param current  wards that reported anything in the window, of the wards that existed then
 * @param prior    the same a year earlier
 * @param compared wards compared with the same period on at least one indicator, of all the area's wards
 * @param leftOut  the wards compared on no indicator, and why
 */
public record RolledUp(OrgUnit area, Window window, Coverage current, Coverage prior, Coverage compared,
                       List<LeftOut> leftOut, List<AreaChange> indicators) {

    /** Why a ward is not in the comparison. */
    public enum Reason {
        /** nothing reported in the window */
        NO_CURRENT,
        /** nothing reported in the same window a year earlier */
        NO_PRIOR,
        /** figures on both sides, but over different months (half a year against a whole one) */
        MONTHS
    }

    /** @param monthsNow, monthsThen for {@link Reason#MONTHS}: the most months any indicator reported on each side */
    public record LeftOut(OrgUnit ward, Reason reason, int monthsNow, int monthsThen) {
    }

    public Optional<AreaChange> indicator(String code) {
        return indicators.stream().filter(change -> change.change().indicator().code().equals(code)).findFirst();
    }
}
