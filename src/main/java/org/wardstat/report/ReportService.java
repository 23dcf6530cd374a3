package org.wardstat.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wardstat.analytics.CurrentPeriod;
import org.wardstat.analytics.ObservationRepository;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.archive.ReportArchive;
import org.wardstat.report.excel.ReportWorkbook;
import org.wardstat.report.pdf.ReportPdf;
import org.wardstat.system.Messages;

/**
 * One report of one unit and window, in the formats asked for: built once from stored data,
 * drawn as PDF and workbook, archived. The one path the command line (and later the scheduler
 * and the web pages) produce reports through. It makes no report of nothing: a window after the
 * current reporting month, or one in which the unit (a ward with the wards it replaced, an area
 * with all its wards) has no figures at all, is refused with a sentence and nothing is written.
 */
@Service
public class ReportService {

    public enum Format {
        PDF, XLSX;

        /** "pdf", "XLSX", " xlsx ": the format, in any case; empty for a name that is none. */
        public static java.util.Optional<Format> of(String name) {
            return java.util.Arrays.stream(values()).filter(format -> format.name().equalsIgnoreCase(name.strip())).findFirst();
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a report was not made. */
    public enum Refusal {
        /** the window starts after the current reporting month */
        FUTURE,
        /** the unit has no stored figures in the window */
        NO_FIGURES
    }

    /**
     * What came of a request: the latest copies written, one per format; or, when nothing was
     * written, why ({@code refusal}) in a sentence for the reader ({@code message}).
     */
    public record Outcome(List<Path> written, Refusal refusal, String message) {

        static Outcome refused(Refusal refusal, String message) {
            return new Outcome(List.of(), refusal, message);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    private final ReportBuilder builder;
    private final ReportPdf pdf;
    private final ReportArchive archive;
    private final ObservationRepository observations;
    private final CurrentPeriod currentPeriod;

    ReportService(ReportBuilder builder, ReportPdf pdf, ReportArchive archive, ObservationRepository observations,
                  CurrentPeriod currentPeriod) {
        this.builder = builder;
        this.pdf = pdf;
        this.archive = archive;
        this.observations = observations;
        this.currentPeriod = currentPeriod;
    }

    public long startRun(String trigger) {
        pdf.checkTemplates(); // a broken template stops the run before any report is half made
        return archive.startRun(trigger);
    }

    public void finishRun(long runId, boolean completed) {
        archive.finishRun(runId, completed);
    }

    private static void workbook(ReportContent content, Messages messages, java.io.OutputStream out) {
        try {
            ReportWorkbook.write(content, messages, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The latest copies written, one per format; none when the report is refused (see
     * {@link #report}, which says why).
     */
    public List<Path> render(long runId, Catalog catalog, String unitCode, Window window, Messages messages, Set<Format> formats) {
        return report(runId, catalog, unitCode, window, messages, formats).written();
    }

    /** Makes the report, or says why there is none: a future window, or no figures for the unit in it. */
    public Outcome report(long runId, Catalog catalog, String unitCode, Window window, Messages messages, Set<Format> formats) {
        OrgUnit unit = catalog.unit(unitCode)
                .orElseThrow(() -> new IllegalArgumentException(messages.get("report.unknown-unit", unitCode)));
        String period = PeriodLabels.name(window, messages);
        if (currentPeriod.isFuture(window)) {
            return Outcome.refused(Refusal.FUTURE, messages.get("report.future", period, month(currentPeriod.month())));
        }
        if (!observations.anyIn(stored(catalog, unit), window)) {
            return Outcome.refused(Refusal.NO_FIGURES, messages.get("report.no-figures", unit.name(messages.isVietnamese()), period,
                    PeriodLabels.dates(window, currentPeriod.calendar(), messages)));
        }
        ReportContent content = builder.build(catalog, unitCode, window, messages, "#" + runId);
        String language = messages.locale().getLanguage();
        List<Path> written = new ArrayList<>();
        if (formats.contains(Format.PDF)) {
            written.add(archive.store(runId, content, language, "pdf", out -> pdf.write(content, messages, out)));
        }
        if (formats.contains(Format.XLSX)) {
            written.add(archive.store(runId, content, language, "xlsx", out -> workbook(content, messages, out)));
        }
        return new Outcome(written, null, null);
    }

    /** The units whose stored figures a report of the unit reads: a ward with those it replaced, an area's wards with theirs. */
    private static Set<String> stored(Catalog catalog, OrgUnit unit) {
        Set<String> codes = new HashSet<>();
        for (OrgUnit ward : unit.isWard() ? List.of(unit) : catalog.wardsUnder(unit)) {
            catalog.lineage(ward).forEach(member -> codes.add(member.code()));
        }
        return codes;
    }

    /** "11/2026" */
    private static String month(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
