package org.wardstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.wardstat.analytics.ObservationRepository;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportService;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true)
class DemoCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            WardstatProperties properties = app.bean(WardstatProperties.class);
            Path samples = properties.resolve(Path.of("sample-data"));
            CatalogCommand.load(app, null, samples.resolve("org-units.csv"));
            CatalogCommand.loadAssessments(app, samples.resolve("assessments.csv"));
            RolloutCommand.load(app, samples.resolve("designations.csv"), samples.resolve("rollout-targets.csv"));
            int ingest = IngestCommand.ingest(app, csvFiles(samples.resolve("statistics")), IngestService.Options.DEFAULT);
            IngestCommand.ingest(app, csvFiles(samples.resolve("errors")), IngestService.Options.DEFAULT); // its rejects are the point
            if (ingest == 1) {
                return 1;
            }
            Catalog catalog = app.bean(CatalogRepository.class).load();
            Map<String, Window> spans = app.bean(ObservationRepository.class).monthSpans();
            ReportService reports = app.bean(ReportService.class);
            long run = reports.startRun("demo");
            List<Path> briefings = new ArrayList<>();
            for (OrgUnit ward : catalog.wards()) {
                for (Window window : windows(ward, lineageSpan(ward, catalog, spans))) {
                    briefings.addAll(reports.render(run, catalog, ward.code(), window, app.messages, EnumSet.of(ReportService.Format.PDF)));
                }
            }
            List<Path> areas = new ArrayList<>();
            for (OrgUnit area : sampleAreas(catalog, spans)) {
                Window stored = areaSpan(area, catalog, spans);
                int year = stored.last().getMonthValue() == 12 ? stored.last().getYear() : stored.last().getYear() - 1;
                areas.addAll(reports.render(run, catalog, area.code(), Window.year(year), app.messages,
                        EnumSet.allOf(ReportService.Format.class)));
            }
            reports.finishRun(run, true);
            app.out.println(app.messages.get("cli.demo.done", briefings.size(), properties.reports().resolve("briefings")));
            app.out.println(app.messages.get("cli.demo.areas", areas.stream().filter(f -> f.toString().endsWith(".pdf")).count(),
                    properties.reports().resolve("areas")));
            return 0;
        }
    }

    /**
     * Every full year that has a year before it to compare with (so the seeds' 2023 and 2024
     * figures both show), and the latest month.
     */
    static List<Window> windows(OrgUnit ward, Window stored) {
        if (stored == null) {
            return List.of();
        }
        YearMonth latest = stored.last();
        int lastFullYear = latest.getMonthValue() == 12 ? latest.getYear() : latest.getYear() - 1;
        int firstYear = stored.first().getYear() + 1;
        if (ward.validFrom() != null) {
            firstYear = Math.max(firstYear, ward.validFrom().getYear()); // no briefing for years before the ward existed
        }
        List<Window> windows = new ArrayList<>();
        for (int year = firstYear; year <= lastFullYear; year++) {
            windows.add(Window.year(year));
        }
        windows.add(Window.month(latest));
        return windows;
    }

    /**
     * The district-level areas whose wards have figures (Bắc Kạn city, Ba Đình, Đồng Xoài …), and
     * the provinces above them: one area report and workbook each.
     */
    static List<OrgUnit> sampleAreas(Catalog catalog, Map<String, Window> spans) {
        return catalog.units().stream()
                .filter(unit -> !unit.isWard() && !unit.level().equals("country"))
                .filter(unit -> areaSpan(unit, catalog, spans) != null)
                .toList();
    }

    /** The months stored for any ward of the area. */
    static Window areaSpan(OrgUnit area, Catalog catalog, Map<String, Window> spans) {
        return span(catalog.wardsUnder(area), spans);
    }

    /** The months stored for the ward or, before a merger formed it, for the wards it replaced. */
    static Window lineageSpan(OrgUnit unit, Catalog catalog, Map<String, Window> spans) {
        return span(catalog.lineage(unit), spans);
    }

    /** From the first month any of the units has stored to the last; null when none has any. */
    private static Window span(List<OrgUnit> units, Map<String, Window> spans) {
        List<Window> stored = units.stream().map(unit -> spans.get(unit.code())).filter(Objects::nonNull).toList();
        if (stored.isEmpty()) {
            return null;
        }
        return new Window(stored.stream().map(Window::first).min(Comparator.naturalOrder()).orElseThrow(),
                stored.stream().map(Window::last).max(Comparator.naturalOrder()).orElseThrow());
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
