package org.wardstat.analytics;

/**
 * One indicator of an area against the same window a year earlier. Like is compared with like:
 * the change rests only on the wards that reported the indicator on both sides over the same
 * months ({@code compared}), a merged ward counting as one with the wards it replaced. When no
 * ward did, there is no change: {@code change} then holds what each side reported, for the
 * table's two columns only.
 *
 * @param current  wards that reported the indicator in the window, of the wards that existed then
 * @param prior    the same for the window a year earlier
 * @param compared wards compared on both sides, of all the area's wards
 */
public record AreaChange(IndicatorChange change, Coverage current, Coverage prior, Coverage compared) {

    /** At least one ward reported on both sides over the same months: there is a change, a percentage, a test. */
    public boolean comparable() {
        return compared.reporting() > 0;
    }
}
