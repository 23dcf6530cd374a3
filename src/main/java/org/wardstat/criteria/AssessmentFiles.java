package org.wardstat.criteria;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/**
 * Reads an assessments file, all or nothing: {@code ward,catalog,criterion,year,status,date,evidence},
 * where criterion is the criterion's code (or number), status is đạt / chưa đạt (met / unmet),
 * year the year assessed and date the day of the assessment (15/12/2022 or 2022-12-15).
 */
public final class AssessmentFiles {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT), DateTimeFormatter.ISO_LOCAL_DATE);

    private AssessmentFiles() {
    }

    /** @throws CriteriaFileException naming the file, line and criterion of the first problem */
    public static List<Assessment> read(Path file, Catalog vocabulary, List<CriteriaCatalog> catalogs, Messages messages) {
        Map<String, CriteriaCatalog> byCode = catalogs.stream().collect(Collectors.toMap(CriteriaCatalog::code, c -> c));
        List<Assessment> assessments = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CSVRecord row : CatalogFiles.records(file, "ward", "catalog", "criterion", "year", "status", "date", "evidence")) {
            long line = row.getRecordNumber() + 1;
            String criterionText = row.get("criterion").strip();
            Problem problem = (key, args) -> new CriteriaFileException(file, line, criterionText.isEmpty() ? null : criterionText,
                    messages.get(key, args), messages);
            OrgUnit ward = vocabulary.unit(row.get("ward").strip())
                    .orElseThrow(() -> problem.of("criteria.assessment.unknown-ward", row.get("ward")));
            if (!ward.isWard()) {
                throw problem.of("criteria.assessment.not-a-ward", ward.code(), ward.level());
            }
            CriteriaCatalog catalog = Optional.ofNullable(byCode.get(row.get("catalog").strip()))
                    .orElseThrow(() -> problem.of("criteria.assessment.unknown-catalog", row.get("catalog"), String.join(", ", byCode.keySet())));
            Criterion criterion = catalog.criterion(criterionText)
                    .orElseThrow(() -> problem.of("criteria.assessment.unknown-criterion", catalog.code(), criterionText));
            if (criterion.computed()) {
                throw problem.of("criteria.assessment.computed", criterion.code(), criterion.rule().text());
            }
            int year = CriteriaFiles.parseYear(row.get("year")).orElseThrow(() -> problem.of("criteria.assessment.year", row.get("year")));
            if (!catalog.appliesTo(year)) {
                throw problem.of("criteria.assessment.not-in-force", catalog.code(), String.valueOf(year), years(catalog));
            }
            Verdict status = Verdict.parse(row.get("status")).orElseThrow(() -> problem.of("criteria.assessment.status", row.get("status")));
            LocalDate date = date(row.get("date")).orElseThrow(() -> problem.of("criteria.assessment.date", row.get("date")));
            if (date.getYear() < year) {
                throw problem.of("criteria.assessment.date-before", row.get("date"), String.valueOf(year));
            }
            Long earlier = seen.put(ward.code() + "|" + catalog.code() + "|" + criterion.code() + "|" + year, line);
            if (earlier != null) {
                throw problem.of("criteria.assessment.duplicate", ward.code(), String.valueOf(year), earlier);
            }
            assessments.add(new Assessment(ward.code(), catalog.code(), criterion.code(), year, status, date,
                    row.get("evidence").strip(), file.getFileName() + ":" + line));
        }
        return assessments;
    }

    @FunctionalInterface
    private interface Problem {
        CriteriaFileException of(String key, Object... args);
    }

    private static String years(CriteriaCatalog catalog) {
        return catalog.firstYear() + "–" + (catalog.lastYear() == null ? "" : catalog.lastYear());
    }

    private static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeException e) {
                // the next form
            }
        }
        return Optional.empty();
    }
}
