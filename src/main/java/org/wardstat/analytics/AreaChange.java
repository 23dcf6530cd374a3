package org.wardstat.analytics;

/** One indicator of an area against the same window a year earlier, with how many wards each side covers. */
public record AreaChange(IndicatorChange change, Coverage current, Coverage prior) {

    /**
     * Both sides rest on every ward of the area and on as many months, so the change is not an
     * artefact of missing reports (a ward merged away in June has half a year against a whole one).
     */
    public boolean comparable() {
        return current.complete() && prior.complete()
                && change.current().monthsReported() == change.prior().monthsReported();
    }
}
