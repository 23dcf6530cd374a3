package org.wardstat.criteria;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.Names;
import org.wardstat.system.Messages;

/**
 * Reads the criteria catalogs a user edits, all or nothing:
 * <ul>
 * <li>{@code catalogs.csv}: {@code code,name_vi,name_en,first_year,last_year,file}, one row per
 * decision and the years it applies to (an empty last_year: still in force);</li>
 * <li>{@code groups.csv} beside it: {@code catalog,number,name_vi,name_en,wording};</li>
 * <li>each catalog's file: {@code group,number,code,name_vi,name_en,wording,kind,rule} and the
 * optional {@code zero_base,no_prior}.</li>
 * </ul>
 * A problem stops the load with the file, the line and the criterion named.
 */
public final class CriteriaFiles {

    public static final String GROUPS = "groups.csv";

    private final Messages messages;
    private final Map<String, Indicator> indicators;

    private CriteriaFiles(List<Indicator> indicators, Messages messages) {
        this.messages = messages;
        this.indicators = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    /** @throws CriteriaFileException naming the file, line and criterion of the first problem */
    public static List<CriteriaCatalog> read(Path catalogsFile, List<Indicator> indicators, Messages messages) {
        return new CriteriaFiles(indicators, messages).catalogs(catalogsFile);
    }

    private record Heading(String code, String nameVi, String nameEn, int firstYear, Integer lastYear, Path file) {
    }

    private List<CriteriaCatalog> catalogs(Path catalogsFile) {
        Map<String, Heading> headings = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (CSVRecord row : CatalogFiles.records(catalogsFile, "code", "name_vi", "name_en", "first_year", "last_year", "file")) {
            long line = row.getRecordNumber() + 1;
            String code = required(row, "code", catalogsFile, null);
            if (headings.containsKey(code)) {
                throw fail(catalogsFile, line, null, "criteria.error.duplicate-catalog", code, lines.get(code));
            }
            int first = year(row, "first_year", catalogsFile, line);
            Integer last = row.get("last_year").isBlank() ? null : year(row, "last_year", catalogsFile, line);
            if (last != null && last < first) {
                throw fail(catalogsFile, line, null, "criteria.error.years", first, last);
            }
            Path file = catalogsFile.resolveSibling(required(row, "file", catalogsFile, null));
            if (!Files.isRegularFile(file)) {
                throw fail(catalogsFile, line, null, "criteria.error.catalog-file", file);
            }
            Heading heading = new Heading(code, required(row, "name_vi", catalogsFile, null), required(row, "name_en", catalogsFile, null),
                    first, last, file);
            checkOverlap(heading, headings.values(), catalogsFile, line, lines);
            headings.put(code, heading);
            lines.put(code, line);
        }
        if (headings.isEmpty()) {
            throw fail(catalogsFile, 1, null, "criteria.error.no-catalogs");
        }
        Map<String, List<CriterionGroup>> groups = groups(catalogsFile.resolveSibling(GROUPS), headings);
        List<CriteriaCatalog> catalogs = new ArrayList<>();
        for (Heading h : headings.values()) {
            List<CriterionGroup> own = groups.getOrDefault(h.code(), List.of());
            catalogs.add(new CriteriaCatalog(h.code(), h.nameVi(), h.nameEn(), h.firstYear(), h.lastYear(), own, criteria(h, own),
                    h.file().getFileName().toString()));
        }
        return catalogs;
    }

    private void checkOverlap(Heading heading, Iterable<Heading> earlier, Path file, long line, Map<String, Long> lines) {
        for (Heading other : earlier) {
            int from = Math.max(heading.firstYear(), other.firstYear());
            long to = Math.min(heading.lastYear() == null ? Long.MAX_VALUE : heading.lastYear(),
                    other.lastYear() == null ? Long.MAX_VALUE : other.lastYear());
            if (from <= to) {
                throw fail(file, line, null, "criteria.error.overlap", heading.code(), String.valueOf(from), other.code(), lines.get(other.code()));
            }
        }
    }

    private Map<String, List<CriterionGroup>> groups(Path file, Map<String, Heading> catalogs) {
        Map<String, List<CriterionGroup>> groups = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        for (CSVRecord row : CatalogFiles.records(file, "catalog", "number", "name_vi", "name_en", "wording")) {
            long line = row.getRecordNumber() + 1;
            String catalog = required(row, "catalog", file, null);
            if (!catalogs.containsKey(catalog)) {
                throw fail(file, line, null, "criteria.error.unknown-catalog", catalog, String.join(", ", catalogs.keySet()));
            }
            int number = positive(row, "number", file, line, null);
            Long earlier = seen.put(catalog + "#" + number, line);
            if (earlier != null) {
                throw fail(file, line, null, "criteria.error.duplicate-group", number, catalog, earlier);
            }
            groups.computeIfAbsent(catalog, k -> new ArrayList<>()).add(new CriterionGroup(number, required(row, "name_vi", file, null),
                    required(row, "name_en", file, null), sampleWording(row, file, line, null)));
        }
        return groups;
    }

    private List<Criterion> criteria(Heading catalog, List<CriterionGroup> groups) {
        Path file = catalog.file();
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        Map<Integer, Criterion> byNumber = new HashMap<>();
        for (CSVRecord row : CatalogFiles.records(file, "group", "number", "code", "name_vi", "name_en", "wording", "kind", "rule")) {
            int line = (int) row.getRecordNumber() + 1;
            String code = required(row, "code", file, null);
            Criterion earlier = byCode.get(code);
            if (earlier != null) {
                throw fail(file, line, code, "criteria.error.duplicate-code", earlier.line());
            }
            int group = positive(row, "group", file, line, code);
            if (groups.stream().noneMatch(g -> g.number() == group)) {
                throw fail(file, line, code, "criteria.error.unknown-group", group, GROUPS, catalog.code());
            }
            int number = positive(row, "number", file, line, code);
            Criterion sameNumber = byNumber.get(number);
            if (sameNumber != null) {
                throw fail(file, line, code, "criteria.error.duplicate-number", number, sameNumber.code(), sameNumber.line());
            }
            Criterion criterion = criterion(row, file, line, code, group, number);
            byCode.put(code, criterion);
            byNumber.put(number, criterion);
        }
        if (byCode.isEmpty()) {
            throw fail(file, 1, null, "criteria.error.no-criteria", catalog.code());
        }
        return List.copyOf(byCode.values());
    }

    private Criterion criterion(CSVRecord row, Path file, int line, String code, int group, int number) {
        Criterion.Kind kind = switch (Names.normalize(row.get("kind"))) {
            case "computed", "tinh tu so lieu" -> Criterion.Kind.COMPUTED;
            case "assessed", "danh gia" -> Criterion.Kind.ASSESSED;
            default -> throw fail(file, line, code, "criteria.error.kind", row.get("kind"));
        };
        String text = row.get("rule").strip();
        Rule rule = null;
        if (kind == Criterion.Kind.COMPUTED) {
            if (text.isEmpty()) {
                throw fail(file, line, code, "criteria.error.empty-rule");
            }
            try {
                rule = RuleParser.parse(text, indicators);
            } catch (RuleException e) {
                throw fail(file, line, code, "criteria.error.rule", text, e.reason(messages));
            }
        } else if (!text.isEmpty()) {
            throw fail(file, line, code, "criteria.error.rule-on-assessed");
        }
        Verdict zeroBase = policy(row, "zero_base", rule != null && rule.usesRate(), rule, file, line, code);
        Verdict noPrior = policy(row, "no_prior", rule != null && rule.usesPrior(), rule, file, line, code);
        return new Criterion(number, code, group, required(row, "name_vi", file, code), required(row, "name_en", file, code),
                sampleWording(row, file, line, code), kind, rule, zeroBase, noPrior, line);
    }

    /** zero_base and no_prior: required exactly when the rule has a rate, or prior(…). */
    private Verdict policy(CSVRecord row, String column, boolean needed, Rule rule, Path file, int line, String code) {
        String value = row.isMapped(column) ? row.get(column).strip() : "";
        if (!needed) {
            if (!value.isEmpty()) {
                throw fail(file, line, code, "criteria.error." + column.replace('_', '-') + "-unused", rule == null ? "" : rule.text());
            }
            return null;
        }
        if (value.isEmpty()) {
            String rate = rule.indicators().stream().filter(Indicator::isRate).map(Indicator::code).findFirst().orElse("");
            throw fail(file, line, code, "criteria.error." + column.replace('_', '-') + "-missing", rate);
        }
        return Verdict.parse(value).orElseThrow(() -> fail(file, line, code, "criteria.error.verdict", column, value));
    }

    private boolean sampleWording(CSVRecord row, Path file, long line, String code) {
        String wording = Names.normalize(row.get("wording"));
        if (wording.startsWith("noi dung mau") || wording.equals("mau") || wording.equals("sample")) {
            return true;
        }
        if (wording.equals("chinh thuc") || wording.equals("noi dung chinh thuc") || wording.equals("official")) {
            return false;
        }
        throw fail(file, line, code, "criteria.error.wording", row.get("wording"));
    }

    private int year(CSVRecord row, String column, Path file, long line) {
        return parseYear(row.get(column)).orElseThrow(() -> fail(file, line, null, "criteria.error.year", column, row.get(column)));
    }

    static Optional<Integer> parseYear(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year >= 1990 && year <= 2100 ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private int positive(CSVRecord row, String column, Path file, long line, String code) {
        try {
            int value = Integer.parseInt(row.get(column).strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw fail(file, line, code, "criteria.error.number", column, row.get(column));
    }

    private String required(CSVRecord row, String column, Path file, String code) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            throw fail(file, row.getRecordNumber() + 1, code, "criteria.error.blank", column);
        }
        return value;
    }

    private CriteriaFileException fail(Path file, long line, String criterion, String key, Object... args) {
        return new CriteriaFileException(file, line, criterion, messages.get(key, args), messages);
    }
}
