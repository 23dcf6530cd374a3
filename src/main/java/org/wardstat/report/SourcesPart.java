package org.wardstat.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.wardstat.analytics.Explanation;
import org.wardstat.catalog.Catalog;
import org.wardstat.system.Messages;

/** The lineage of a report's figures as the workbook prints it: each figure's values with their sources, and its sum. */
final class SourcesPart {

    /**
     * Above so many ward-months (100 wards over a year) a report gets no sources sheet: with some
     * thirty indicators that would be tens of thousands of rows, and a country's would not fit a
     * sheet. Any of its figures is still explained by {@code ./wardstat explain} and on the web.
     */
    static final int MAX_WARD_MONTHS = 1_200;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ExplanationText text;
    private final ZoneId zone;
    private final boolean vi;

    SourcesPart(Messages messages, Catalog catalog, ZoneId zone) {
        this.text = new ExplanationText(messages, catalog, zone);
        this.zone = zone;
        this.vi = messages.isVietnamese();
    }

    /** The figures that have values behind them, in the order given. */
    List<ReportContent.SourceFigure> figures(List<Explanation> explanations) {
        return explanations.stream().filter(e -> !e.rows().isEmpty()).map(this::figure).toList();
    }

    private ReportContent.SourceFigure figure(Explanation e) {
        List<ReportContent.SourceRow> rows = e.rows().stream().map(row -> new ReportContent.SourceRow(row.unit().name(vi),
                row.ward().code(), row.ward().name(vi), row.month().toString(), text.indicator(row), row.value(), row.file(),
                row.sheet() == null ? "" : row.sheet(), row.row(), row.loadId(), MINUTES.format(row.loadedAt().atZone(zone)),
                text.revisions(row))).toList();
        return new ReportContent.SourceFigure(e.indicator().code(), e.indicator().name(vi), text.total(e), e.total(), e.addsUp(), rows);
    }
}
