package org.wardstat.jobs;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wardstat.analytics.Window;
import org.wardstat.report.ReportService;
import org.wardstat.report.archive.Editions;
import org.wardstat.report.archive.Editions.Edition;

/**
 * Makes an edition again: the same unit, period and language, in the formats its run made of it,
 * as a new one-off report run through the same job as {@code ./wardstat report} and the web form.
 * The new edition is made from the figures as they stand now, so it is up to date.
 */
@Service
public class EditionRemake {

    private final RunLauncher launcher;
    private final Editions editions;

    EditionRemake(RunLauncher launcher, Editions editions) {
        this.launcher = launcher;
        this.editions = editions;
    }

    public RunLauncher.Launch remake(Edition edition, RunParameters.Trigger trigger, String requestedBy) {
        Window window = Window.parse(edition.periodCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown period " + edition.periodCode()));
        return launcher.report(edition.unitCode(), window, formats(edition), edition.language(), trigger, requestedBy);
    }

    /** The formats the edition's run made of the same report (a PDF remade with its workbook); at least its own. */
    Set<ReportService.Format> formats(Edition edition) {
        Set<ReportService.Format> formats = EnumSet.noneOf(ReportService.Format.class);
        ReportService.Format.of(edition.format()).ifPresent(formats::add);
        editions.ofRun(edition.runId()).stream()
                .filter(other -> other.unitCode().equals(edition.unitCode()) && other.periodCode().equals(edition.periodCode())
                        && other.language().equals(edition.language()))
                .forEach(other -> ReportService.Format.of(other.format()).ifPresent(formats::add));
        return formats;
    }
}
