package org.wardstat.analytics;

/** One indicator of an area against the same window a year earlier, with how many wards each side covers. */
public record AreaChange(IndicatorChange change, Coverage current, Coverage prior) {

    /** Both sides rest on every ward of the area, so the change is not an artefact of missing reports. */
    public boolean comparable() {
        return current.complete() && prior.complete();
    }
}
