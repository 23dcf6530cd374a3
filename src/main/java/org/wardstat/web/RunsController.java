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
import org.wardstat.jobs.ProgressText;
import org.wardstat.jobs.RunHistory;
import org.wardstat.jobs.RunView;
import org.wardstat.system.Messages;
import org.wardstat.report.archive.Editions;

/** The run history and one run's progress, limited to runs whose units all lie in the viewer's subtree. */
@Controller
@ConditionalOnWebApplication
class RunsController {

    static final int HISTORY = 200;

    /** A step of a run as a reader sees it: "Phần 2" for the render step's third partition, its state in words. */
    record StepRow(RunHistory.StepLine step, String label, String status) {
        static StepRow of(RunHistory.StepLine step, Messages messages) {
            String name = step.step();
            String label = name.startsWith("render-units:partition")
                    ? messages.get("web.run.step.partition", Integer.parseInt(name.replaceAll("\\D", "")) + 1)
                    : name.startsWith("plan-") ? messages.get("web.run.step.plan") : messages.get("web.run.step." + name);
            return new StepRow(step, label, messages.get("web.run.step.status." + step.status().toLowerCase(Locale.ROOT)));
        }
    }
    /** A page following a run still going reloads itself this often. */
    static final int REFRESH_SECONDS = 2;

    private final RunHistory runs;
    private final RunRows rows;
    private final Editions editions;
    private final WebText text;

    RunsController(RunHistory runs, RunRows rows, Editions editions, WebText text) {
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
        RunView run = runs.find(id).filter(found -> RunRows.maySee(viewer, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("row", rows.visible(List.of(run), viewer, locale).get(0));
        model.addAttribute("progress", ProgressText.of(run, Messages.forLanguage(locale.getLanguage())));
        model.addAttribute("steps", runs.steps(id).stream().map(step -> StepRow.of(step, Messages.forLanguage(locale.getLanguage()))).toList());
        model.addAttribute("editions", EditionRow.of(editions.ofRun(id).stream()
                .filter(edition -> viewer.scope().contains(edition.unitCode())).toList(), viewer.scope().catalog()));
        if (run.running()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "run";
    }
}
