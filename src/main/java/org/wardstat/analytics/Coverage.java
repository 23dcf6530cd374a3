package org.wardstat.analytics;

/**
 * How many of an area's wards reported in a window ("5/6 phường có số liệu"): a roll-up sums
 * only the wards that reported and says so, rather than taking a missing ward as zero.
 *
 * @param reporting wards with at least one value in the window
 * @param expected  wards of the area that existed at some time in the window
 */
public record Coverage(int reporting, int expected) {

    public boolean complete() {
        return reporting == expected;
    }
}
