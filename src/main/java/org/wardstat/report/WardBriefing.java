package org.wardstat.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a ward briefing prints, already computed and formatted: renderers draw it and
 * query nothing.
 */
public record WardBriefing(
        boolean vietnamese,
        String wardCode,
        String parentAgency,
        String issuingAgency,
        String placeAndDate,
        String title,
        String subject,
        String areaLine,
        String periodLabel,
        String sectionHeading,
        String narrative,
        TableLabels labels,
        List<Row> rows,
        MonthlySeries chart,
        String provenance) {

    /** One line of the indicator table; each cell as printed. */
    public record Row(String indicator, String unit, String current, String prior, String change, String percentChange) {
    }

    public record TableLabels(String indicator, String unit, String current, String prior, String change, String percentChange) {
    }

    /**
     * The chart's data: an indicator month by month, this year against last year. A null value
     * is a month without data (or not yet reached), drawn as a gap rather than a zero.
     */
    public record MonthlySeries(String title, String valueAxis, String currentLabel, String priorLabel,
                                List<String> months, List<BigDecimal> current, List<BigDecimal> prior) {
    }
}
