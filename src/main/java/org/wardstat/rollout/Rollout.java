package org.wardstat.rollout;

import java.util.List;
import java.util.Optional;

import org.wardstat.catalog.OrgUnit;

/**
 * The rollout of an area, year by year up to the latest year asked for.
 *
 * @param targetArea the area whose targets apply (the area itself or the nearest one above it
 *                   that has targets); null when there are none
 * @param wards      the area's wards at the end of the latest year and any earlier ward that was
 *                   selected, with their designation (null when not selected)
 */
public record Rollout(OrgUnit area, OrgUnit targetArea, List<RolloutTarget> targets, List<YearProgress> years,
                      List<WardDesignation> wards) {

    public record WardDesignation(OrgUnit ward, Designation designation) {
    }

    public Rollout {
        targets = List.copyOf(targets);
        years = List.copyOf(years);
        wards = List.copyOf(wards);
    }

    public YearProgress latest() {
        return years.get(years.size() - 1);
    }

    /** The earliest target that every ward be recognised, such as 100% by 2030. */
    public Optional<RolloutTarget> fullTarget() {
        return targets.stream().filter(RolloutTarget::isFull).findFirst();
    }
}
