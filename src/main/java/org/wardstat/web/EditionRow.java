package org.wardstat.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.archive.ChangeText;
import org.wardstat.report.archive.Editions.Edition;
import org.wardstat.report.archive.OutOfDate.Change;

/**
 * One report as a reader thinks of it: a unit, a period, a language, made by one run, with its
 * PDF and its workbook (either may be missing when only one format was asked for); whether it is
 * the latest of its report (or "bản cũ"), and the figures changed since it was made, in words
 * (none: it is up to date).
 */
public record EditionRow(OrgUnit unit, String unitCode, String periodCode, String language, long runId, Instant createdAt,
                         Edition pdf, Edition xlsx, boolean latest, List<String> changes) {

    /** Rows of a run's editions, without asking whether they are out of date. */
    static List<EditionRow> of(List<Edition> editions, Catalog catalog) {
        return of(editions, catalog, Map.of(), null);
    }

    /** Keeps the order of the editions given (latest first). */
    static List<EditionRow> of(List<Edition> editions, Catalog catalog, Map<Long, List<Change>> changes, ChangeText words) {
        Map<String, EditionRow> rows = new LinkedHashMap<>();
        for (Edition edition : editions) {
            String key = edition.runId() + "/" + edition.unitCode() + "/" + edition.periodCode() + "/" + edition.language();
            EditionRow row = rows.get(key);
            if (row == null) {
                row = new EditionRow(catalog.unit(edition.unitCode()).orElse(null), edition.unitCode(), edition.periodCode(),
                        edition.language(), edition.runId(), edition.createdAt(), null, null, false, List.of());
            }
            List<Change> changed = changes.getOrDefault(edition.id(), List.of());
            rows.put(key, row.with(edition, changed.isEmpty() ? List.of() : words.of(changed)));
        }
        return new ArrayList<>(rows.values());
    }

    private EditionRow with(Edition edition, List<String> changed) {
        boolean isPdf = edition.format().equals("pdf");
        return new EditionRow(unit, unitCode, periodCode, language, runId, createdAt, isPdf ? edition : pdf, isPdf ? xlsx : edition,
                latest || edition.latest(), changes.isEmpty() ? changed : changes);
    }

    public boolean outOfDate() {
        return !changes.isEmpty();
    }

    /** The edition a "Lập lại" remakes (with its run's other format). */
    public long editionId() {
        return pdf != null ? pdf.id() : xlsx.id();
    }
}
