package org.wardstat.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.wardstat.jobs.JobDefinition;
import org.wardstat.jobs.JobDefinitions;
import org.wardstat.jobs.JobFileException;
import org.wardstat.jobs.RunView;
import org.wardstat.users.AppUser;
import org.wardstat.users.Users;

/** Runs as people read them: what was run (a job's title, or the report asked for), and who asked, by name. */
@Component
@ConditionalOnWebApplication
class RunRows {

    /** @param title "Báo cáo tháng ... — tỉnh Bắc Kạn", "Báo cáo theo yêu cầu: Thành phố Bắc Kạn" */
    record RunRow(RunView run, String title, String requestedBy) {
    }

    private final JobDefinitions jobs;
    private final Users users;
    private final MessageSource messages;
    private final WebText text;

    RunRows(JobDefinitions jobs, Users users, MessageSource messages, WebText text) {
        this.jobs = jobs;
        this.users = users;
        this.messages = messages;
        this.text = text;
    }

    /**
     * The runs the viewer may see: those whose every unit lies in the viewer's subtree. A run
     * without units (a file's load, the demo) is seen by admins only: a file may hold any ward.
     */
    List<RunRow> visible(List<RunView> runs, Viewer viewer, Locale locale) {
        Map<String, String> titles = jobTitles();
        Map<String, String> names = users.list().stream().collect(Collectors.toMap(AppUser::username, AppUser::displayName));
        return runs.stream().filter(run -> maySee(viewer, run))
                .map(run -> new RunRow(run, title(run, titles, viewer, locale), requestedBy(run, names, locale)))
                .toList();
    }

    static boolean maySee(Viewer viewer, RunView run) {
        return run.scope().isEmpty() ? viewer.isAdmin() : viewer.scope().containsAll(run.scope());
    }

    /** A person by their name; the scheduler's own runs as the system's. */
    private String requestedBy(RunView run, Map<String, String> names, Locale locale) {
        String name = names.get(run.requestedBy());
        if (name != null) {
            return name;
        }
        boolean scheduled = run.trigger().equals("SCHEDULE") || run.trigger().equals("CATCH_UP");
        return scheduled ? messages.getMessage("web.run.by-scheduler", null, locale) : run.requestedBy();
    }

    private String title(RunView run, Map<String, String> titles, Viewer viewer, Locale locale) {
        if (run.jobName().equals("report")) {
            String units = run.scope().stream().map(code -> text.unit(viewer.scope().catalog().unit(code).orElse(null)))
                    .collect(Collectors.joining(", "));
            return messages.getMessage("web.run.one-off", new Object[] {units}, locale);
        }
        if (run.jobName().equals("demo")) {
            return messages.getMessage("web.run.demo", null, locale);
        }
        if (run.jobName().equals("ingest")) {
            return messages.getMessage("web.run.ingest", new Object[] {run.subject()}, locale);
        }
        return titles.getOrDefault(run.jobName(), run.jobName());
    }

    /** A job file that cannot be read leaves its runs under their job's name; the jobs page says what is wrong. */
    private Map<String, String> jobTitles() {
        try {
            return jobs.all().stream().collect(Collectors.toMap(JobDefinition::name, JobDefinition::title, (a, b) -> a));
        } catch (JobFileException e) {
            return Map.of();
        }
    }
}
