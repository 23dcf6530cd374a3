package org.wardstat.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import net.sf.jasperreports.engine.JRException;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.ReportBuilder;
import org.wardstat.report.ReportContent;
import org.wardstat.report.excel.ReportWorkbook;
import org.wardstat.report.pdf.ReportPdf;
import org.wardstat.system.Messages;

/**
 * Renders the ward briefing of many wards in one JVM and times each stage per briefing: building
 * the content from the database, drawing the PDF (wardstat's parameters, charts, fill and export),
 * writing the workbook; and, on the same prepared parameters, bare JasperReports filling and
 * exporting the same template, for the ratio. Files are written to memory, not disk.
 */
public final class ReportBenchmark {

    public record Stage(String name, double meanMillis, double medianMillis, double p95Millis) {
    }

    public record Result(int briefings, int warmUp, List<Stage> stages, double ratio, long pdfBytes, long peakHeapBytes,
                         long maxHeapBytes) {
    }

    private final DataSource dataSource;
    private final CatalogRepository catalogs;
    private final RollUps rollUps;
    private final ReportBuilder builder;
    private final ReportPdf pdf;
    private final Consumer<String> progress;

    public ReportBenchmark(DataSource dataSource, CatalogRepository catalogs, RollUps rollUps, ReportBuilder builder, ReportPdf pdf,
                           Consumer<String> progress) {
        this.dataSource = dataSource;
        this.catalogs = catalogs;
        this.rollUps = rollUps;
        this.builder = builder;
        this.pdf = pdf;
        this.progress = progress;
    }

    /** Generates {@code wards} wards with two years of months up to 12/2025 when asked, then times their 2025 briefings. */
    public Result run(boolean generate, int wards, int warmUp) {
        if (generate) {
            new AnalysisBenchmark(dataSource, catalogs, rollUps, progress)
                    .generate(new AnalysisBenchmark.Settings(wards, Math.max(1, wards / 15), Math.max(1, wards / 150), 2, YearMonth.of(2025, 12)));
        }
        Catalog catalog = catalogs.load();
        List<OrgUnit> all = catalog.wards();
        Messages messages = Messages.vietnamese();
        Window year = Window.year(2025);
        progress.accept("warming up on " + warmUp + " briefings …");
        for (int i = 0; i < warmUp; i++) {
            renderAll(catalog, all.get(i % all.size()), year, messages);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        int n = all.size();
        double[] build = new double[n];
        double[] drawPdf = new double[n];
        double[] workbook = new double[n];
        double[] bare = new double[n];
        long bytes = 0;
        progress.accept("timing " + n + " briefings …");
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            ReportContent content = builder.build(catalog, all.get(i).code(), year, messages, "#bench");
            long t1 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.write(content, messages, out);
            long t2 = System.nanoTime();
            writeWorkbook(content, messages);
            long t3 = System.nanoTime();
            ReportPdf.Prepared prepared = pdf.prepare(content, messages); // not timed: the data bare Jasper starts from
            long t4 = System.nanoTime();
            fillAndExport(prepared);
            long t5 = System.nanoTime();
            build[i] = (t1 - t0) / 1e6;
            drawPdf[i] = (t2 - t1) / 1e6;
            workbook[i] = (t3 - t2) / 1e6;
            bare[i] = (t5 - t4) / 1e6;
            bytes += out.size();
            if ((i + 1) % 100 == 0) {
                progress.accept("  " + (i + 1) + "/" + n);
            }
        }
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        List<Stage> stages = new ArrayList<>();
        stages.add(stage("content from the database (ReportBuilder)", build));
        stages.add(stage("PDF: wardstat parameters, charts, fill, export", drawPdf));
        stages.add(stage("PDF: bare JasperReports fill and export, same template, prepared parameters", bare));
        stages.add(stage("workbook (ReportWorkbook, formulas evaluated)", workbook));
        double ratio = stages.get(1).medianMillis() / stages.get(2).medianMillis();
        return new Result(n, warmUp, stages, ratio, bytes / n, peak, Runtime.getRuntime().maxMemory());
    }

    private void renderAll(Catalog catalog, OrgUnit ward, Window year, Messages messages) {
        ReportContent content = builder.build(catalog, ward.code(), year, messages, "#bench");
        pdf.write(content, messages, new ByteArrayOutputStream());
        writeWorkbook(content, messages);
        fillAndExport(pdf.prepare(content, messages));
    }

    private static void writeWorkbook(ReportContent content, Messages messages) {
        try {
            ReportWorkbook.write(content, messages, new ByteArrayOutputStream(64 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fillAndExport(ReportPdf.Prepared prepared) {
        try {
            ReportPdf.fillAndExport(prepared, new ByteArrayOutputStream(64 * 1024));
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stage stage(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Stage(name, Arrays.stream(millis).average().orElse(0), sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))]);
    }
}
