package org.wardstat.criteria;

import java.util.List;
import java.util.Map;

import org.wardstat.analytics.IndicatorChange;
import org.wardstat.catalog.Indicator;

/**
 * Where attainment gets its statistics: for each ward, each indicator's figure over a calendar
 * year against the year before, as {@link org.wardstat.analytics.YearOverYear} computes it (flows
 * summed, stocks at the end, rates as the ratio of the sums). {@link RolledUpYearFigures} reads
 * every ward's in one query, so a whole country's attainment costs one roll-up.
 */
public interface YearFigures {

    /** Ward code, then indicator code, to the figure; a ward without data may be missing from the map. */
    Map<String, Map<String, IndicatorChange>> of(List<String> wards, int year, List<Indicator> indicators);
}
