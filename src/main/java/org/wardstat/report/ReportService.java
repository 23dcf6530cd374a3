package org.wardstat.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.report.archive.ReportArchive;
import org.wardstat.report.excel.ReportWorkbook;
import org.wardstat.report.pdf.ReportPdf;
import org.wardstat.system.Messages;

/**
 * One report of one unit and window, in the formats asked for: built once from stored data,
 * drawn as PDF and workbook, archived. The one path the command line (and later the scheduler
 * and the web pages) produce reports through.
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

    private final ReportBuilder builder;
    private final ReportPdf pdf;
    private final ReportArchive archive;

    ReportService(ReportBuilder builder, ReportPdf pdf, ReportArchive archive) {
        this.builder = builder;
        this.pdf = pdf;
        this.archive = archive;
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

    /** @return the latest copies written, one per format */
    public List<Path> render(long runId, Catalog catalog, String unitCode, Window window, Messages messages, Set<Format> formats) {
        ReportContent content = builder.build(catalog, unitCode, window, messages, "#" + runId);
        String language = messages.locale().getLanguage();
        List<Path> written = new ArrayList<>();
        if (formats.contains(Format.PDF)) {
            written.add(archive.store(runId, content, language, "pdf", out -> pdf.write(content, messages, out)));
        }
        if (formats.contains(Format.XLSX)) {
            written.add(archive.store(runId, content, language, "xlsx", out -> workbook(content, messages, out)));
        }
        return written;
    }
}
