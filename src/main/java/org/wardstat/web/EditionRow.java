package org.wardstat.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.archive.Editions.Edition;

/**
 * One report as a reader thinks of it: a unit, a period, a language, made by one run, with its
 * PDF and its workbook (either may be missing when only one format was asked for).
 */
public record EditionRow(OrgUnit unit, String unitCode, String periodCode, String language, long runId, Instant createdAt,
                         Edition pdf, Edition xlsx) {

    /** Keeps the order of the editions given (newest first). */
    static List<EditionRow> of(List<Edition> editions, Catalog catalog) {
        Map<String, EditionRow> rows = new LinkedHashMap<>();
        for (Edition edition : editions) {
            String key = edition.runId() + "/" + edition.unitCode() + "/" + edition.periodCode() + "/" + edition.language();
            EditionRow row = rows.get(key);
            if (row == null) {
                row = new EditionRow(catalog.unit(edition.unitCode()).orElse(null), edition.unitCode(), edition.periodCode(),
                        edition.language(), edition.runId(), edition.createdAt(), null, null);
            }
            rows.put(key, row.with(edition));
        }
        return new ArrayList<>(rows.values());
    }

    private EditionRow with(Edition edition) {
        boolean isPdf = edition.format().equals("pdf");
        return new EditionRow(unit, unitCode, periodCode, language, runId, createdAt, isPdf ? edition : pdf, isPdf ? xlsx : edition);
    }
}
