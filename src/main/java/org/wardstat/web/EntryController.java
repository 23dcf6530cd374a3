package org.wardstat.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.entry.Drafts;
import org.wardstat.entry.FigureEntry;
import org.wardstat.ingest.IngestPreview;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.PeriodParser;
import org.wardstat.system.NumberStyle;

/**
 * A ward's month typed into a page: a clerk enters their own ward's figures, an analyst any
 * ward's of their subtree. "Kiểm tra" shows what a load would say (the same row checks and
 * rules a file gets), "Lưu nháp" keeps what was typed, "Nộp số liệu" loads it through the load
 * a file goes through, as the user's web submission. No script: each button posts the form.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/entry")
class EntryController {

    /** One line of the form: an indicator, what is stored for it, what was typed, and what the checks said. */
    public record Line(Indicator indicator, String name, String unit, String lastYear, String stored, String typed,
                List<IngestPreview.Finding> findings) {

        public boolean hasError() {
            return findings.stream().anyMatch(IngestPreview.Finding::error);
        }

        public boolean hasWarning() {
            return findings.stream().anyMatch(f -> !f.error());
        }
    }

    /** What the page after a submission shows: the load's counts (kept in the session for one redirect, so plain values). */
    public record Done(String outcome, String message, int read, int loaded, int updated, int unchanged, int rejected, int warned,
                long sourceFileId, List<String> warnings) implements Serializable {
    }

    private final FigureEntry entry;
    private final Drafts drafts;
    private final WebText text;
    private final MessageSource messages;
    private final Clock clock;

    EntryController(FigureEntry entry, Drafts drafts, WebText text, MessageSource messages, Clock clock) {
        this.entry = entry;
        this.drafts = drafts;
        this.text = text;
        this.messages = messages;
        this.clock = clock;
    }

    /** Which ward and month: the viewer's wards, the month just ended, and the drafts of those wards. */
    @GetMapping
    String choose(Viewer viewer, Model model) {
        return choose(viewer, model, null, YearMonth.now(clock).minusMonths(1).toString(), null);
    }

    @GetMapping("/open")
    String open(Viewer viewer, @RequestParam String ward, @RequestParam String period, Locale locale, Model model,
                HttpServletResponse response) {
        Optional<YearMonth> month = PeriodParser.parse(period);
        if (month.isEmpty() || month.get().isAfter(YearMonth.now(clock))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return choose(viewer, model, ward, period, messages.getMessage(month.isEmpty() ? "web.entry.bad-period" : "web.entry.future",
                    new Object[] {period}, locale));
        }
        ward(viewer, ward);
        return "redirect:/entry/" + ward + "/" + month.get();
    }

    @GetMapping("/{ward}/{period}")
    String form(Viewer viewer, @PathVariable String ward, @PathVariable String period, Model model) {
        OrgUnit unit = ward(viewer, ward);
        YearMonth month = month(period);
        Optional<Drafts.Draft> draft = drafts.find(ward, month);
        Map<String, String> typed = draft.filter(Drafts.Draft::pending).map(Drafts.Draft::typed).orElseGet(() -> storedAsTyped(ward, month));
        return page(model, unit, month, typed, List.of(), draft.orElse(null));
    }

    @PostMapping("/{ward}/{period}")
    String post(Viewer viewer, @PathVariable String ward, @PathVariable String period, @RequestParam String action,
                @RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        OrgUnit unit = ward(viewer, ward);
        YearMonth month = month(period);
        Map<String, String> typed = new LinkedHashMap<>();
        entry.indicators().forEach(indicator -> typed.put(indicator.code(), form.getOrDefault(indicator.code(), "").strip()));
        var language = WebConfiguration.messages(locale);
        List<IngestPreview.Finding> findings;
        String note;
        switch (action) {
            case "check" -> {
                findings = entry.check(ward, month, typed, language);
                note = findings.isEmpty() ? messages.getMessage("web.entry.checked-ok", null, locale) : null;
            }
            case "save" -> {
                findings = entry.save(ward, month, typed, viewer.username(), language);
                note = messages.getMessage("web.entry.saved", new Object[] {text.time(clock.instant())}, locale);
            }
            case "submit" -> {
                FigureEntry.Submitted submitted = entry.submit(ward, month, typed, viewer.username(), language);
                if (submitted.loaded()) {
                    redirect.addFlashAttribute("done", done(submitted));
                    return "redirect:/entry/" + ward + "/" + month;
                }
                findings = submitted.findings();
                note = null;
                response.setStatus(422); // the figures are understood, and refused
                model.addAttribute("problem", submitted.result() == null ? messages.getMessage("web.entry.not-submitted", null, locale)
                        : submitted.result().message());
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("note", note);
        return page(model, unit, month, typed, findings, drafts.find(ward, month).orElse(null));
    }

    private String page(Model model, OrgUnit ward, YearMonth month, Map<String, String> typed, List<IngestPreview.Finding> findings,
                        Drafts.Draft draft) {
        boolean vi = !"en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        NumberStyle numbers = NumberStyle.forLanguage(vi);
        Map<String, BigDecimal> stored = entry.stored(ward.code(), month);
        Map<String, BigDecimal> lastYear = entry.stored(ward.code(), month.minusYears(1));
        List<Line> lines = new ArrayList<>();
        for (Indicator indicator : entry.indicators()) {
            List<IngestPreview.Finding> own = findings.stream().filter(f -> f.indicator().equals(indicator.code())).toList();
            lines.add(new Line(indicator, indicator.name(vi), indicator.unit(vi), shown(lastYear.get(indicator.code()), indicator, numbers),
                    shown(stored.get(indicator.code()), indicator, numbers), typed.getOrDefault(indicator.code(), ""), own));
        }
        List<String> codes = entry.indicators().stream().map(Indicator::code).toList();
        model.addAttribute("ward", ward);
        model.addAttribute("period", month.toString());
        model.addAttribute("pageTitle", messages.getMessage("web.entry.form.title",
                new Object[] {text.unit(ward), text.period(month.toString())}, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("lastYear", month.minusYears(1).getYear());
        model.addAttribute("lines", lines);
        model.addAttribute("general", findings.stream().filter(f -> !codes.contains(f.indicator())).toList());
        model.addAttribute("errors", findings.stream().filter(IngestPreview.Finding::error).count());
        model.addAttribute("warnings", findings.stream().filter(f -> !f.error()).count());
        model.addAttribute("draft", draft);
        return "entry-form";
    }

    private String choose(Viewer viewer, Model model, String ward, String period, String problem) {
        List<OrgUnit> wards = wards(viewer);
        model.addAttribute("wards", wards);
        model.addAttribute("ward", ward != null ? ward : wards.isEmpty() ? "" : wards.get(0).code());
        model.addAttribute("period", period);
        model.addAttribute("problem", problem);
        model.addAttribute("drafts", drafts.of(wards.stream().map(OrgUnit::code).toList(), 50));
        model.addAttribute("names", wards.stream().collect(java.util.stream.Collectors.toMap(OrgUnit::code, text::unit)));
        return "entry";
    }

    private static List<OrgUnit> wards(Viewer viewer) {
        return viewer.scope().units().stream().filter(OrgUnit::isWard).toList();
    }

    /** A ward of the viewer's subtree; anything else is "not found", as elsewhere. */
    private static OrgUnit ward(Viewer viewer, String code) {
        return viewer.scope().catalog().unit(code).filter(OrgUnit::isWard).filter(unit -> viewer.scope().contains(unit))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private YearMonth month(String period) {
        try {
            YearMonth month = YearMonth.parse(period);
            if (month.isAfter(YearMonth.now(clock))) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** What is stored, written as a user types it ("0,35"), for a month with no pending draft. */
    private Map<String, String> storedAsTyped(String ward, YearMonth month) {
        Map<String, String> typed = new LinkedHashMap<>();
        entry.stored(ward, month).forEach((code, value) -> typed.put(code, value.toPlainString().replace('.', ',')));
        return typed;
    }

    private static String shown(BigDecimal value, Indicator indicator, NumberStyle numbers) {
        return value == null ? "" : numbers.number(value, Math.min(indicator.decimals(), Math.max(0, value.scale())));
    }

    private static Done done(FigureEntry.Submitted submitted) {
        IngestResult r = submitted.result();
        List<String> warnings = submitted.findings().stream().filter(f -> !f.error()).map(IngestPreview.Finding::message).toList();
        return new Done(r.outcome().name().toLowerCase(Locale.ROOT), r.message(), r.rowsRead(), r.rowsLoaded(), r.rowsUpdated(),
                r.rowsUnchanged(), r.rowsRejected(), r.rowsWarned(), r.sourceFileId(), new ArrayList<>(warnings));
    }
}
