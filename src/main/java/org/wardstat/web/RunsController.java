package org.wardstat.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.jobs.RunItem;
import org.wardstat.jobs.RunView;
import org.wardstat.jobs.Runs;
import org.wardstat.report.archive.Editions;

/** The run history and one run's progress, limited to runs whose units all lie in the viewer's subtree. */
@Controller
@ConditionalOnWebApplication
class RunsController {

    static final int HISTORY = 200;
    /** A page following a run still going reloads itself this often. */
    static final int REFRESH_SECONDS = 2;

    record ItemLine(RunItem item, String subject) {
    }

    private final Runs runs;
    private final RunRows rows;
    private final Editions editions;
    private final WebText text;

    RunsController(Runs runs, RunRows rows, Editions editions, WebText text) {
        this.text = text;
        this.runs = runs;
        this.rows = rows;
        this.editions = editions;
    }

    @GetMapping("/runs")
    String history(Viewer viewer, Locale locale, Model model) {
        List<RunRows.RunRow> visible = rows.visible(runs.recent(HISTORY), viewer, locale);
        model.addAttribute("runs", visible);
        if (visible.stream().anyMatch(row -> row.run().running())) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS * 5);
        }
        return "runs";
    }

    /** A run outside the viewer's subtree is "not found", like one that does not exist. */
    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Viewer viewer, Locale locale, Model model) {
        RunView run = runs.find(id).filter(found -> viewer.scope().containsAll(found.scope()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("row", rows.visible(List.of(run), viewer, locale).get(0));
        // a report item names its unit by code, a load item its file
        model.addAttribute("items", runs.items(id).stream().map(item -> new ItemLine(item, item.kind() == RunItem.Kind.REPORT
                ? text.unit(viewer.scope().catalog().unit(item.subject()).orElse(null)) : item.subject())).toList());
        model.addAttribute("editions", run.reportRunId() == null ? List.of()
                : EditionRow.of(editions.ofRun(run.reportRunId()).stream()
                        .filter(edition -> viewer.scope().contains(edition.unitCode())).toList(), viewer.scope().catalog()));
        if (run.running()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
            model.addAttribute("current", run.currentItem() == null ? null
                    : viewer.scope().catalog().unit(run.currentItem()).map(text::unit).orElse(run.currentItem()));
        }
        return "run";
    }
}
