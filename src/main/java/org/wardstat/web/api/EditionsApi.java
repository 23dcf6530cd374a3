package org.wardstat.web.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.archive.Editions;
import org.wardstat.report.archive.OutOfDate;
import org.wardstat.system.WardstatProperties;
import org.wardstat.web.ArchiveFiles;
import org.wardstat.web.Viewer;

/**
 * The archived editions a caller may read, the latest of each report first, with whether figures
 * behind them changed since; and each edition's file. An edition of a unit outside the caller's
 * subtree is not found, as on the pages.
 */
@RestController
@ConditionalOnWebApplication
class EditionsApi {

    private static final int MAX_LIMIT = 500;

    record Change(String unit, String indicator, String month, BigDecimal oldValue, BigDecimal newValue, String file) {
    }

    record Edition(long id, String unit, String period, String kind, String language, String format, long sizeBytes,
                   OffsetDateTime createdAt, boolean latest, boolean outOfDate, List<Change> changes, String download) {
    }

    private final Editions editions;
    private final OutOfDate outOfDate;
    private final WardstatProperties properties;

    EditionsApi(Editions editions, OutOfDate outOfDate, WardstatProperties properties) {
        this.editions = editions;
        this.outOfDate = outOfDate;
        this.properties = properties;
    }

    @GetMapping("/api/v1/editions")
    ResponseEntity<?> editions(Viewer viewer, @RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                               @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String format,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (unit != null) {
            ApiRequest.unit(viewer, unit);
        }
        List<String> visible = viewer.scope().units().stream().map(OrgUnit::code).toList();
        List<Editions.Edition> found = editions.newest(visible, unit, period, Math.max(1, Math.min(MAX_LIMIT, limit)));
        Map<Long, List<OutOfDate.Change>> changes = outOfDate.changes(found);
        List<Edition> answer = new ArrayList<>();
        for (Editions.Edition edition : found) {
            List<Change> changed = changes.getOrDefault(edition.id(), List.of()).stream()
                    .map(c -> new Change(c.unitCode(), c.indicatorCode(), c.month().toString(), c.oldValue(), c.newValue(), c.file()))
                    .toList();
            answer.add(new Edition(edition.id(), edition.unitCode(), edition.periodCode(), edition.kind(), edition.language(),
                    edition.format(), edition.sizeBytes(), edition.createdAt().atZone(properties.zone()).toOffsetDateTime(),
                    edition.latest(), !changed.isEmpty(), changed, "/api/v1/editions/" + edition.id() + "/file"));
        }
        if (!ApiRequest.csv(format, accept)) {
            return ResponseEntity.ok(answer);
        }
        List<List<Object>> rows = new ArrayList<>();
        answer.forEach(e -> rows.add(List.of(e.id(), e.unit(), e.period(), e.kind(), e.language(), e.format(), e.sizeBytes(),
                e.createdAt().toString(), e.latest(), e.outOfDate(), e.download())));
        return Csv.of(List.of("id", "unit", "period", "kind", "language", "format", "size_bytes", "created_at", "latest", "out_of_date",
                "download"), rows);
    }

    @GetMapping("/api/v1/editions/{id}/file")
    ResponseEntity<Resource> file(Viewer viewer, @PathVariable long id) {
        Editions.Edition edition = editions.find(id).filter(e -> viewer.scope().contains(e.unitCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Path file = ArchiveFiles.resolve(properties.reports(), edition.path())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean pdf = edition.format().equals("pdf");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file));
    }
}
