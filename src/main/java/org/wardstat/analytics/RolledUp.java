package org.wardstat.analytics;

import java.util.List;
import java.util.Optional;

import org.wardstat.catalog.OrgUnit;

/**
 * An area's figures over a window, summed from its wards: flows summed, stocks the last value of
 * each ward summed, rates the ratio of the summed flows. {@code current} and {@code prior} count
 * the wards that reported anything on each side.
 */
public record RolledUp(OrgUnit area, Window window, Coverage current, Coverage prior, List<AreaChange> indicators) {

    public Optional<AreaChange> indicator(String code) {
        return indicators.stream().filter(change -> change.change().indicator().code().equals(code)).findFirst();
    }
}
