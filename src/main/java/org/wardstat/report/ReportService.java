package org.wardstat.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 * drawn as PDF and workbook, archived. The one path every run (the render step of the
 * {@code publish}, {@code report} and {@code demo} jobs) produces reports through. It makes no report of nothing: a window after the
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

    /** A broken template stops a run when it is planned, before any report is half made. */
    public void checkTemplates() {
        pdf.checkTemplates();
    }

    private static void workbook(ReportContent content, Messages messages, java.io.OutputStream out) {
        try {
            ReportWorkbook.write(content, messages, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Why the unit's report of the window would be refused (a future window, or no figures for
     * the unit in it); empty when it can be made.
     */
    public Optional<Outcome> refusal(Catalog catalog, String unitCode, Window window, Messages messages) {
        OrgUnit unit = catalog.unit(unitCode)
                .orElseThrow(() -> new IllegalArgumentException(messages.get("report.unknown-unit", unitCode)));
        String period = PeriodLabels.name(window, messages);
        if (currentPeriod.isFuture(window)) {
            return Optional.of(Outcome.refused(Refusal.FUTURE, messages.get("report.future", period, month(currentPeriod.month()))));
        }
        if (!observations.anyIn(stored(catalog, unit), window)) {
            return Optional.of(Outcome.refused(Refusal.NO_FIGURES, messages.get("report.no-figures", unit.name(messages.isVietnamese()),
                    period, PeriodLabels.dates(window, currentPeriod.calendar(), messages))));
        }
        return Optional.empty();
    }

    /**
     * The run a report is made in.
     *
     * @param jobExecutionId the attempt rendering it, which its edition record points at
     * @param number         the run (the job instance) its footer and archive name carry
     * @param requestedAt    when the run was asked for: the time in its archive name, the same on every attempt
     */
    public record Run(long jobExecutionId, long number, java.time.Instant requestedAt) {
    }

    /**
     * Makes the report within a run, or says why there is none. Its footer names the run it can
     * be traced to.
     */
    public Outcome report(Run run, Catalog catalog, String unitCode, Window window, Messages messages, Set<Format> formats) {
        Optional<Outcome> refused = refusal(catalog, unitCode, window, messages);
        if (refused.isPresent()) {
            return refused.get();
        }
        ReportContent content = builder.build(catalog, unitCode, window, messages, "#" + run.number(), formats.contains(Format.XLSX));
        String language = messages.locale().getLanguage();
        List<Path> written = new ArrayList<>();
        if (formats.contains(Format.PDF)) {
            written.add(archive.store(run, content, language, "pdf", out -> pdf.write(content, messages, out)));
        }
        if (formats.contains(Format.XLSX)) {
            written.add(archive.store(run, content, language, "xlsx", out -> workbook(content, messages, out)));
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
