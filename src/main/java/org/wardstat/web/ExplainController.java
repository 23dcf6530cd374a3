package org.wardstat.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.analytics.Explainer;
import org.wardstat.analytics.Explanation;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.ExplanationText;
import org.wardstat.report.archive.Editions;
import org.wardstat.report.archive.Editions.Edition;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Where a printed figure comes from, on the web: an edition's indicators, each linking to the
 * explanation of its figure (the same as {@code ./wardstat explain}). A unit outside the viewer's
 * scope is forbidden (403); an edition outside it is "not found" like the archive's files.
 */
@Controller
@ConditionalOnWebApplication
class ExplainController {

    /** One value of the explanation, its texts ready. */
    record Line(String ward, String month, String indicator, String value, String place, String load, String revisions) {
    }

    /** One indicator of an edition: its printed figure ("—" when it has none), its code for the link to its explanation. */
    record Figure(String code, String name, String printed) {
    }

    private final Explainer explainer;
    private final RollUps rollUps;
    private final Editions editions;
    private final WardstatProperties properties;

    ExplainController(Explainer explainer, RollUps rollUps, Editions editions, WardstatProperties properties) {
        this.explainer = explainer;
        this.rollUps = rollUps;
        this.editions = editions;
        this.properties = properties;
    }

    @GetMapping("/explain")
    String explain(Viewer viewer, @RequestParam String unit, @RequestParam String period, @RequestParam String indicator,
                   Locale locale, Model model) {
        Catalog catalog = viewer.scope().catalog();
        OrgUnit orgUnit = catalog.unit(unit).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!viewer.scope().contains(orgUnit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Window window = Window.parse(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Indicator asked = catalog.indicators().stream().filter(i -> i.code().equals(indicator)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Explanation explanation = explainer.explain(catalog, orgUnit, window, asked);
        ExplanationText text = new ExplanationText(Messages.forLanguage(locale.getLanguage()), catalog, properties.zone());
        model.addAttribute("heading", text.heading(explanation));
        model.addAttribute("lines", explanation.rows().stream().map(row -> new Line(text.ward(row), text.month(row),
                text.indicator(row), text.value(row.value()), text.place(row.file(), row.sheet(), row.row()), text.load(row),
                text.revisions(row))).toList());
        model.addAttribute("total", explanation.rows().isEmpty() ? null : text.total(explanation));
        model.addAttribute("leftOut", explanation.leftOut().isEmpty() ? null : text.leftOut(explanation));
        model.addAttribute("addsUp", explanation.addsUp());
        return "explain";
    }

    @GetMapping("/archive/{id}")
    String edition(@PathVariable long id, Viewer viewer, Locale locale, Model model) {
        Edition edition = editions.find(id).filter(e -> viewer.scope().contains(e.unitCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Catalog catalog = viewer.scope().catalog();
        OrgUnit unit = catalog.unit(edition.unitCode()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<Window> window = Window.parse(edition.periodCode());
        ExplanationText text = new ExplanationText(Messages.forLanguage(locale.getLanguage()), catalog, properties.zone());
        List<Figure> figures = window.map(w -> figures(catalog, unit, w, text)).orElse(List.of());
        model.addAttribute("row", EditionRow.of(List.of(edition), catalog).get(0));
        model.addAttribute("figures", figures);
        return "edition";
    }

    private List<Figure> figures(Catalog catalog, OrgUnit unit, Window window, ExplanationText text) {
        RolledUp printed = rollUps.of(catalog, unit, window);
        return printed.indicators().stream().map(change -> {
            Indicator indicator = change.change().indicator();
            var value = change.change().current().value();
            return new Figure(indicator.code(), text.indicatorName(indicator), value == null ? "—" : text.figure(indicator, value));
        }).toList();
    }
}
