package org.wardstat.report.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportService;
import org.wardstat.system.WardstatProperties;

/**
 * Keeps every edition of every report: {@code reports/archive/<unit>/<period>/<name>-<asked at>-run<run>.<ext>},
 * recorded in {@code report_edition} with the job execution that rendered it, and the latest
 * edition also where readers look for it ({@code reports/briefings/<period>/} for wards,
 * {@code reports/areas/<period>/} for areas). Every file is written beside its target under a
 * temporary name and moved into place in one step, so a crash never leaves half a report where a
 * reader finds it. The archive name carries the run (the job instance) and when it was asked for
 * (in wardstat's time zone), not the attempt: a restart after a crash between the file and its
 * record writes the same name again, so an edition is never archived twice.
 */
@Service
public class ReportArchive {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final WardstatProperties properties;

    private final MeterRegistry meters;

    ReportArchive(JdbcClient jdbc, WardstatProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Writes one edition: the archive copy first, then the latest copy; records it (in the
     * caller's transaction, when there is one: a step's chunk commits the record with its
     * position); returns the latest copy's path.
     */
    public Path store(ReportService.Run run, ReportContent content, String language, String format, Consumer<OutputStream> writer) {
        String name = fileName(content, language);
        Path reports = properties.reports();
        String requested = STAMP.format(run.requestedAt().atZone(properties.zone()));
        Path archived = reports.resolve("archive").resolve(content.unitCode()).resolve(content.periodCode())
                .resolve(name + "-" + requested + "-run" + run.number() + "." + format);
        writeAtomically(archived, writer);
        Path latest = latest(content, name + "." + format);
        writeAtomically(latest, out -> copy(archived, out));
        jdbc.sql("""
                insert into report_edition (job_execution_id, kind, org_unit_code, period_code, language, format, path, size_bytes, sha256)
                values (:run, :kind, :unit, :period, :language, :format, :path, :size, :sha256)
                """)
                .param("run", run.jobExecutionId()).param("kind", content.isArea() ? "area" : "ward").param("unit", content.unitCode())
                .param("period", content.periodCode()).param("language", language).param("format", format)
                .param("path", reports.relativize(archived).toString()).param("size", size(archived))
                .param("sha256", sha256(archived))
                .update();
        // counted when archived: a chunk rolled back and rendered again counts twice, which a rate of renders can bear
        meters.counter("wardstat.reports.rendered", "kind", content.isArea() ? "area" : "ward", "format", format).increment();
        return latest;
    }

    /** duc-xuan-2023, tp-bac-kan-2025-en */
    static String fileName(ReportContent content, String language) {
        return fileName(content.unitCode(), content.periodCode(), language);
    }

    private static String fileName(String unit, String periodCode, String language) {
        return unit + "-" + periodCode + (language.equals("vi") ? "" : "-" + language);
    }

    private Path latest(ReportContent content, String file) {
        return latest(content.isArea(), content.periodCode(), file);
    }

    private Path latest(boolean area, String periodCode, String file) {
        return properties.reports().resolve(area ? "areas" : "briefings").resolve(periodCode).resolve(file);
    }

    /** Where readers find an edition's latest copy (which a later edition of the same report replaces). */
    public Path latestCopy(Editions.Edition edition) {
        String name = fileName(edition.unitCode(), edition.periodCode(), edition.language());
        return latest(edition.kind().equals("area"), edition.periodCode(), name + "." + edition.format());
    }

    /** Writes beside the target under a temporary name and moves it into place in one step: readers see the old file or the new, never half. */
    public static void writeAtomically(Path target, Consumer<OutputStream> writer) {
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    writer.accept(out);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, OutputStream out) {
        try {
            Files.copy(from, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
