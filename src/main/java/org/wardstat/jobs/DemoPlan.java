package org.wardstat.jobs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.ReportService;

/**
 * Plans the demo's reports from what the sample data holds: each ward's briefings (every full
 * year with a year before it to compare with, and the latest month) as PDF, then each area's
 * report of its latest full year as PDF and workbook.
 */
final class DemoPlan implements Tasklet {

    private final Catalog catalog;
    private final Map<String, Window> spans;
    private final ReportService reports;

    DemoPlan(Catalog catalog, Map<String, Window> spans, ReportService reports) {
        this.catalog = catalog;
        this.spans = spans;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        reports.checkTemplates();
        PlannedItems.store(contribution, items(catalog, spans));
        return RepeatStatus.FINISHED;
    }

    static List<RenderItem> items(Catalog catalog, Map<String, Window> spans) {
        List<RenderItem> items = new ArrayList<>();
        // areas first: they take longest, so partitions that start with them finish together
        for (OrgUnit area : sampleAreas(catalog, spans)) {
            Window stored = areaSpan(area, catalog, spans);
            int year = stored.last().getMonthValue() == 12 ? stored.last().getYear() : stored.last().getYear() - 1;
            items.add(new RenderItem(area.code(), Window.year(year), EnumSet.allOf(ReportService.Format.class)));
        }
        for (OrgUnit ward : catalog.wards()) {
            for (Window window : windows(ward, span(catalog.lineage(ward), spans))) {
                items.add(new RenderItem(ward.code(), window, EnumSet.of(ReportService.Format.PDF)));
            }
        }
        return items;
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

    private static Window areaSpan(OrgUnit area, Catalog catalog, Map<String, Window> spans) {
        return span(catalog.wardsUnder(area), spans);
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
}
