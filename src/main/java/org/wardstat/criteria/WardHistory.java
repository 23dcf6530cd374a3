package org.wardstat.criteria;

import java.util.List;

import org.wardstat.catalog.OrgUnit;

/** A ward's attainment year by year, each year against the catalog in force that year. */
public record WardHistory(OrgUnit ward, List<WardAttainment> years) {

    public WardHistory {
        years = List.copyOf(years);
    }
}
