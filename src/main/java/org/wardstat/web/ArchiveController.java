package org.wardstat.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.archive.ChangeText;
import org.wardstat.report.archive.Editions;
import org.wardstat.report.archive.Editions.Edition;
import org.wardstat.report.archive.OutOfDate;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;
import org.wardstat.users.Role;

/**
 * The report archive: the editions of the units a viewer may see, the latest of each report first,
 * each out-of-date one marked with the figures changed since, and their files.
 */
@Controller
@ConditionalOnWebApplication
class ArchiveController {

    /** Editions a page lists: about 100 reports, each with its PDF and workbook. */
    static final int PAGE_EDITIONS = 200;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Editions editions;
    private final OutOfDate outOfDate;
    private final WardstatProperties properties;
    private final WebText text;

    ArchiveController(Editions editions, OutOfDate outOfDate, WardstatProperties properties, WebText text) {
        this.editions = editions;
        this.outOfDate = outOfDate;
        this.properties = properties;
        this.text = text;
    }

    @GetMapping("/")
    String archive(Viewer viewer, @RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                   @RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        List<String> visible = viewer.scope().units().stream().map(OrgUnit::code).toList();
        String chosenUnit = unit == null || unit.isBlank() ? null : unit;
        String chosenPeriod = period == null || period.isBlank() ? null : period;
        String chosenKind = "ward".equals(kind) || "area".equals(kind) ? kind : null;
        int shown = Math.max(1, page);
        // a page of editions (a report's PDF and workbook are two), one more to know whether another page follows
        List<Edition> found = editions.page(visible, chosenUnit, chosenPeriod, chosenKind, (shown - 1) * PAGE_EDITIONS, PAGE_EDITIONS + 1);
        List<Edition> newest = found.size() > PAGE_EDITIONS ? found.subList(0, PAGE_EDITIONS) : found;
        List<EditionRow> rows = EditionRow.of(newest, viewer.scope().catalog(), outOfDate.changes(newest),
                new ChangeText(viewer.scope().catalog(), Messages.forLanguage(locale.getLanguage())));
        model.addAttribute("rows", rows);
        model.addAttribute("page", shown);
        model.addAttribute("more", found.size() > PAGE_EDITIONS);
        model.addAttribute("kind", chosenKind);
        model.addAttribute("units", UnitChoice.of(viewer.scope(), text));
        model.addAttribute("periods", editions.periods(visible));
        model.addAttribute("mayRequest", viewer.atLeast(Role.ANALYST));
        model.addAttribute("unit", chosenUnit);
        model.addAttribute("period", chosenPeriod);
        return "archive";
    }

    /**
     * A file by its edition's id: a PDF opens in the browser, a workbook downloads. An edition
     * of a unit outside the viewer's scope is "not found", like one that does not exist.
     */
    @GetMapping("/editions/{id}")
    ResponseEntity<Resource> edition(@PathVariable long id, Viewer viewer) {
        Edition edition = editions.find(id).filter(e -> viewer.scope().contains(e.unitCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Path file = ArchiveFiles.resolve(properties.reports(), edition.path())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean pdf = edition.format().equals("pdf");
        ContentDisposition disposition = (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.getFileName().toString(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
