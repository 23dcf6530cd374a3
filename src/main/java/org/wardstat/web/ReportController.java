package org.wardstat.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.analytics.Window;
import org.wardstat.jobs.EditionRemake;
import org.wardstat.jobs.RunLauncher;
import org.wardstat.jobs.RunParameters;
import org.wardstat.report.ReportService;
import org.wardstat.report.archive.Editions;

/**
 * A report asked for on the web: of a unit in the viewer's subtree, made in the background by the
 * run service; or an archived edition made again ("Lập lại"), under the same rule.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/reports")
class ReportController {

    private final RunLauncher launcher;
    private final WebText text;
    private final MessageSource messages;
    private final Editions editions;
    private final EditionRemake remake;

    ReportController(RunLauncher launcher, WebText text, MessageSource messages, Editions editions, EditionRemake remake) {
        this.launcher = launcher;
        this.text = text;
        this.messages = messages;
        this.editions = editions;
        this.remake = remake;
    }

    /** The same report as the edition, made again from the figures as they stand: by whoever may ask for a report of its unit. */
    @PostMapping("/remake/{id}")
    String remake(@PathVariable long id, Viewer viewer) {
        Editions.Edition edition = editions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!viewer.scope().contains(edition.unitCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return "redirect:/runs/" + remake.remake(edition, RunParameters.Trigger.WEB, viewer.username()).run();
    }

    @GetMapping("/new")
    String form(Viewer viewer, Model model) {
        return form(viewer, model, viewer.user().unitCode(), "", Set.of("pdf", "xlsx"), "vi");
    }

    @PostMapping
    String request(Viewer viewer, @RequestParam String unit, @RequestParam String period,
                   @RequestParam(name = "format", required = false) List<String> formats,
                   @RequestParam(defaultValue = "vi") String language, Locale locale, Model model, HttpServletResponse response) {
        if (!viewer.scope().contains(unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Optional<Window> window = Window.parse(period);
        Set<ReportService.Format> wanted = formats(formats);
        String problem = window.isEmpty() ? messages.getMessage("web.report.bad-period", new Object[] {period}, locale)
                : wanted.isEmpty() ? messages.getMessage("web.report.no-format", null, locale) : null;
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
            return form(viewer, model, unit, period, formats == null ? Set.of() : Set.copyOf(formats), language);
        }
        long run = launcher.report(unit, window.get(), wanted, language.equals("en") ? "en" : "vi", RunParameters.Trigger.WEB,
                viewer.username()).run();
        return "redirect:/runs/" + run;
    }

    private String form(Viewer viewer, Model model, String unit, String period, Set<String> formats, String language) {
        model.addAttribute("units", UnitChoice.of(viewer.scope(), text));
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("formats", formats);
        model.addAttribute("language", language);
        return "report-new";
    }

    private static Set<ReportService.Format> formats(List<String> names) {
        Set<ReportService.Format> formats = EnumSet.noneOf(ReportService.Format.class);
        for (String name : names == null ? List.<String>of() : names) {
            ReportService.Format.of(name).ifPresent(formats::add);
        }
        return formats;
    }
}
