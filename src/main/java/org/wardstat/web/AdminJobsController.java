package org.wardstat.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.jobs.JobDefinition;
import org.wardstat.jobs.JobDefinitions;
import org.wardstat.jobs.JobFileException;
import org.wardstat.jobs.JobScheduler;
import org.wardstat.jobs.RunLauncher;
import org.wardstat.jobs.RunParameters;

/** The jobs in jobs/ whose areas lie in the admin's subtree: when each fires next, and "run now". */
@Controller
@ConditionalOnWebApplication
class AdminJobsController {

    private final JobDefinitions jobs;
    private final JobScheduler scheduler;
    private final RunLauncher launcher;
    private final java.time.Clock clock;
    private final WebText text;

    AdminJobsController(JobDefinitions jobs, JobScheduler scheduler, RunLauncher launcher, java.time.Clock clock, WebText text) {
        this.text = text;
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.launcher = launcher;
        this.clock = clock;
    }

    /** @param areas the names of the units the job reports on; @param nextFire null when the schedule never fires again */
    record JobLine(JobDefinition job, String areas, Instant nextFire) {
    }

    /** A broken job file is shown with its file and line instead of the list: it is what the admin has to fix. */
    @GetMapping("/admin/jobs")
    String list(Viewer viewer, Model model) {
        try {
            model.addAttribute("jobs", jobs.all().stream().filter(job -> viewer.scope().containsAll(job.scope()))
                    .map(job -> new JobLine(job, job.scope().stream()
                            .map(code -> text.unit(viewer.scope().catalog().unit(code).orElse(null))).collect(Collectors.joining(", ")),
                            scheduler.nextFire(job.name()).orElse(null))).toList());
        } catch (JobFileException e) {
            model.addAttribute("jobs", List.of());
            model.addAttribute("problem", e.getMessage());
        }
        return "admin-jobs";
    }

    @PostMapping("/admin/jobs/{name}/run")
    String runNow(@PathVariable String name, Viewer viewer) {
        JobDefinition job = jobs.all().stream().filter(found -> found.name().equals(name)).findFirst()
                .filter(found -> viewer.scope().containsAll(found.scope()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // asking is asking again: a completed run of the period is not a reason to refuse; one still going is shown as is
        return "redirect:/runs/" + launcher.publish(job, job.periodAt(clock.instant()), RunParameters.Trigger.MANUAL, viewer.username(),
                null, true).run();
    }
}
