package org.wardstat.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;

/** What a job definition's run works on: the statistics files waiting in its inbox, and the units it reports on. */
final class RunPlan {

    static final String LOADED_FOLDER = "da-nap";

    private RunPlan() {
    }

    /** The scope's areas, then the areas below them, then their wards that existed during the window, without repeats. */
    static List<String> units(JobDefinition job, Catalog catalog, Window window) {
        Set<String> units = new LinkedHashSet<>();
        List<OrgUnit> scope = job.scope().stream().map(code -> catalog.unit(code).orElseThrow()).toList();
        if (job.reports().contains(JobDefinition.ReportKind.AREA)) {
            scope.forEach(unit -> units.add(unit.code()));
        }
        if (job.reports().contains(JobDefinition.ReportKind.DISTRICTS)) {
            for (OrgUnit area : scope) {
                catalog.units().stream()
                        .filter(unit -> !unit.isWard() && catalog.ancestors(unit).contains(area) && existed(unit, window))
                        .forEach(unit -> units.add(unit.code()));
            }
        }
        if (job.reports().contains(JobDefinition.ReportKind.WARDS)) {
            for (OrgUnit area : scope) {
                catalog.wardsUnder(area).stream().filter(ward -> existed(ward, window)).forEach(ward -> units.add(ward.code()));
            }
        }
        return List.copyOf(units);
    }

    private static boolean existed(OrgUnit unit, Window window) {
        return unit.existsDuring(window.first(), window.last());
    }

    /** The .csv and .xlsx files directly in the inbox, by name; an inbox not made yet holds nothing. */
    static List<Path> inboxFiles(Path inbox) {
        if (inbox == null || !Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".xlsx"));
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
