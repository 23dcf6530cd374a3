package org.wardstat.criteria;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.MonthlyValues;
import org.wardstat.analytics.ObservationRepository;
import org.wardstat.analytics.Window;
import org.wardstat.analytics.YearOverYear;
import org.wardstat.catalog.Indicator;

/** The year's figures, one query per ward: simple, and enough for a province's wards. */
@Component
class PerWardYearFigures implements YearFigures {

    private final ObservationRepository observations;

    PerWardYearFigures(ObservationRepository observations) {
        this.observations = observations;
    }

    @Override
    public Map<String, Map<String, IndicatorChange>> of(List<String> wards, int year, List<Indicator> indicators) {
        Window window = Window.year(year);
        Map<String, Map<String, IndicatorChange>> figures = new HashMap<>();
        for (String ward : wards) {
            MonthlyValues values = observations.monthlyValues(ward, YearMonth.of(year - 1, 1), window.last());
            figures.put(ward, YearOverYear.compare(indicators, values, window).stream()
                    .collect(Collectors.toMap(change -> change.indicator().code(), Function.identity())));
        }
        return figures;
    }
}
