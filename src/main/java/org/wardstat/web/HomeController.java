package org.wardstat.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.analytics.CurrentPeriod;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.ReportBuilder;
import org.wardstat.report.ReportContent;
import org.wardstat.report.archive.Editions;
import org.wardstat.report.archive.Editions.Edition;
import org.wardstat.report.pdf.ChartSvg;
import org.wardstat.system.Messages;
import org.wardstat.users.Users;

/**
 * Where a user lands after signing in: the latest edition of each report of their unit and of the
 * units below it, by period, newest first, those made since their previous visit marked new; then
 * their area's key figures for the latest period, from the report's own content: the narrative,
 * the notable changes, the criteria, the rollout, and the report's charts as SVG.
 */
@Controller
@ConditionalOnWebApplication
class HomeController {

    /** Editions read for the list: the latest of each report among them are shown. */
    private static final int EDITIONS_READ = 600;
    /** Reports shown per period; the archive, filtered by the period, has the rest. */
    static final int PER_PERIOD = 24;

    record HomeRow(EditionRow row, String kind, boolean isNew) {
    }

    record PeriodGroup(String periodCode, List<HomeRow> rows, int total) {
    }

    record Chart(String name, String title) {
    }

    private final Editions editions;
    private final Users users;
    private final ReportBuilder reports;
    private final CurrentPeriod currentPeriod;
    private final Clock clock;

    HomeController(Editions editions, Users users, ReportBuilder reports, CurrentPeriod currentPeriod, Clock clock) {
        this.editions = editions;
        this.users = users;
        this.reports = reports;
        this.currentPeriod = currentPeriod;
        this.clock = clock;
    }

    @GetMapping("/home")
    String home(Viewer viewer, Locale locale, Model model) {
        Optional<Instant> previousVisit = users.homeVisited(viewer.username(), clock.instant());
        List<String> visible = viewer.scope().units().stream().map(OrgUnit::code).toList();
        List<Edition> latest = editions.newest(visible, null, null, EDITIONS_READ).stream().filter(Edition::latest).toList();
        List<PeriodGroup> groups = groups(EditionRow.of(latest, viewer.scope().catalog()), latest, previousVisit);
        model.addAttribute("groups", groups);
        model.addAttribute("firstVisit", previousVisit.isEmpty());
        model.addAttribute("previousVisit", previousVisit.orElse(null));
        OrgUnit unit = viewer.unit();
        if (unit != null) {
            Window window = latestPeriod(unit, latest);
            Messages messages = Messages.forLanguage(locale.getLanguage());
            ReportContent content = reports.build(viewer.scope().catalog(), unit.code(), window, messages, "home", false);
            model.addAttribute("window", window);
            model.addAttribute("content", content);
            model.addAttribute("notable", notable(content));
            model.addAttribute("charts", charts(content));
        }
        return "home";
    }

    /** One of the report's charts for the viewer's unit and a period, drawn as the PDF draws it. */
    @GetMapping(value = "/home/charts/{period}/{name}.svg")
    ResponseEntity<String> chart(Viewer viewer, @PathVariable String period, @PathVariable String name, Locale locale) {
        Window window = Window.parse(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OrgUnit unit = Optional.ofNullable(viewer.unit()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Messages messages = Messages.forLanguage(locale.getLanguage());
        ReportContent content = reports.build(viewer.scope().catalog(), unit.code(), window, messages, "home", false);
        String svg = switch (name) {
            case "monthly" -> content.security().chart() == null ? null : ChartSvg.monthly(content.security().chart());
            case "criteria" -> content.attainment() == null || content.attainment().chart() == null ? null
                    : ChartSvg.groups(content.attainment().chart());
            case "change" -> content.area() == null || content.area().ranking() == null || content.area().ranking().chart() == null ? null
                    : ChartSvg.change(content.area().ranking().chart(), messages);
            case "rollout" -> content.area() == null || content.area().rollout() == null || content.area().rollout().chart() == null
                    ? null : ChartSvg.rollout(content.area().rollout().chart());
            default -> null;
        };
        if (svg == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // the drawing styles its shapes inline; as an image it runs nothing, and may only style itself
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(svg);
    }

    private static List<PeriodGroup> groups(List<EditionRow> rows, List<Edition> latest, Optional<Instant> previousVisit) {
        Map<String, List<HomeRow>> byPeriod = new LinkedHashMap<>();
        Map<Long, String> kinds = new java.util.HashMap<>();
        latest.forEach(edition -> kinds.put(edition.id(), edition.kind()));
        for (EditionRow row : rows) {
            boolean isNew = previousVisit.map(visit -> row.createdAt().isAfter(visit)).orElse(true);
            byPeriod.computeIfAbsent(row.periodCode(), p -> new ArrayList<>()).add(new HomeRow(row, kinds.get(row.editionId()), isNew));
        }
        List<PeriodGroup> groups = new ArrayList<>();
        byPeriod.forEach((period, list) -> {
            // the unit's own report first, then the areas, then the wards, by name
            list.sort(Comparator.comparing((HomeRow r) -> "ward".equals(r.kind())).thenComparing(r -> r.row().unitCode()));
            groups.add(new PeriodGroup(period, list.subList(0, Math.min(PER_PERIOD, list.size())), list.size()));
        });
        groups.sort(Comparator.comparing((PeriodGroup g) -> Window.parse(g.periodCode()).map(Window::last).orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(g -> Window.parse(g.periodCode()).map(Window::first)
                .orElse(null), Comparator.nullsLast(Comparator.naturalOrder())));
        return groups;
    }

    /** The period of the unit's own latest report; without one, the last month that is over. */
    private Window latestPeriod(OrgUnit unit, List<Edition> latest) {
        return latest.stream().filter(edition -> edition.unitCode().equals(unit.code()))
                .map(edition -> Window.parse(edition.periodCode()).orElse(null)).filter(java.util.Objects::nonNull)
                .max(Comparator.comparing(Window::last).thenComparing(Window::first, Comparator.reverseOrder()))
                .orElse(Window.month(currentPeriod.month().minusMonths(1)));
    }

    /** The rows the report flags: a count whose change the exact test calls notable or significant. */
    private static List<ReportContent.IndicatorRow> notable(ReportContent content) {
        return content.security().rows().stream().filter(row -> row.tested() && row.significance() != null
                && !row.significance().isBlank() && !isNoise(row.significance())).toList();
    }

    private static boolean isNoise(String words) {
        return words.equals(Messages.vietnamese().get("significance.noise")) || words.equals(Messages.forLanguage("en").get("significance.noise"));
    }

    private static List<Chart> charts(ReportContent content) {
        List<Chart> charts = new ArrayList<>();
        if (content.security().chart() != null) {
            charts.add(new Chart("monthly", content.security().chart().title()));
        }
        if (content.area() != null && content.area().ranking() != null && content.area().ranking().chart() != null) {
            charts.add(new Chart("change", content.area().ranking().chart().title()));
        }
        if (content.attainment() != null && content.attainment().chart() != null) {
            charts.add(new Chart("criteria", content.attainment().chart().title()));
        }
        if (content.area() != null && content.area().rollout() != null && content.area().rollout().chart() != null) {
            charts.add(new Chart("rollout", content.area().rollout().chart().title()));
        }
        return charts;
    }
}
