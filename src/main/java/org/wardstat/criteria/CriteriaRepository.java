package org.wardstat.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.Messages;

/**
 * Criteria catalogs and assessments in the database. Catalog files are the whole truth about the
 * catalogs: loading them again updates what changed and removes what the files no longer have
 * (refused while assessments refer to it). Assessments accumulate from file to file, and a
 * later assessment of the same ward, criterion and year replaces the earlier one.
 */
@Repository
public class CriteriaRepository {

    private final JdbcClient jdbc;

    /** The catalogs as read, and the vocabulary they were read with (V39: a criteria change gives a new vocabulary). */
    private record Read(Catalog vocabulary, List<CriteriaCatalog> catalogs) {
    }

    private volatile Read read;

    CriteriaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void saveCatalogs(List<CriteriaCatalog> catalogs, Messages messages) {
        for (int i = 0; i < catalogs.size(); i++) {
            CriteriaCatalog catalog = catalogs.get(i);
            jdbc.sql("""
                    insert into criteria_catalog (code, position, name_vi, name_en, first_year, last_year, source_file)
                    values (:code, :position, :nameVi, :nameEn, :first, :last, :source)
                    on conflict (code) do update set position = excluded.position, name_vi = excluded.name_vi, name_en = excluded.name_en,
                        first_year = excluded.first_year, last_year = excluded.last_year, source_file = excluded.source_file
                    """)
                    .param("code", catalog.code()).param("position", i + 1).param("nameVi", catalog.nameVi()).param("nameEn", catalog.nameEn())
                    .param("first", catalog.firstYear()).param("last", catalog.lastYear()).param("source", catalog.source())
                    .update();
            catalog.groups().forEach(group -> saveGroup(catalog.code(), group));
            catalog.criteria().forEach(criterion -> saveCriterion(catalog.code(), criterion));
            removeCriteriaNotIn(catalog, messages);
        }
        removeCatalogsNotIn(catalogs, messages);
    }

    private void saveGroup(String catalog, CriterionGroup group) {
        jdbc.sql("""
                insert into criteria_group (catalog_code, number, name_vi, name_en, sample_wording)
                values (:catalog, :number, :nameVi, :nameEn, :sample)
                on conflict (catalog_code, number) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,
                    sample_wording = excluded.sample_wording
                """)
                .param("catalog", catalog).param("number", group.number()).param("nameVi", group.nameVi()).param("nameEn", group.nameEn())
                .param("sample", group.sampleWording())
                .update();
    }

    private void saveCriterion(String catalog, Criterion c) {
        jdbc.sql("""
                insert into criterion (catalog_code, code, number, group_number, name_vi, name_en, sample_wording, kind, rule,
                    zero_base, no_prior, line)
                values (:catalog, :code, :number, :group, :nameVi, :nameEn, :sample, :kind, :rule, :zeroBase, :noPrior, :line)
                on conflict (catalog_code, code) do update set number = excluded.number, group_number = excluded.group_number,
                    name_vi = excluded.name_vi, name_en = excluded.name_en, sample_wording = excluded.sample_wording,
                    kind = excluded.kind, rule = excluded.rule, zero_base = excluded.zero_base, no_prior = excluded.no_prior,
                    line = excluded.line
                """)
                .param("catalog", catalog).param("code", c.code()).param("number", c.number()).param("group", c.group())
                .param("nameVi", c.nameVi()).param("nameEn", c.nameEn()).param("sample", c.sampleWording())
                .param("kind", c.kind().code()).param("rule", c.rule() == null ? null : c.rule().text())
                .param("zeroBase", c.zeroBase() == null ? null : c.zeroBase().code())
                .param("noPrior", c.noPrior() == null ? null : c.noPrior().code())
                .param("line", c.line())
                .update();
    }

    private void removeCriteriaNotIn(CriteriaCatalog catalog, Messages messages) {
        List<String> kept = catalog.criteria().stream().map(Criterion::code).toList();
        refuseIfAssessed("catalog_code = :catalog and not (criterion_code in (:kept))", Map.of("catalog", catalog.code(), "kept", kept), messages);
        jdbc.sql("delete from criterion where catalog_code = :catalog and not (code in (:kept))")
                .param("catalog", catalog.code()).param("kept", kept).update();
        List<Integer> groups = catalog.groups().stream().map(CriterionGroup::number).toList();
        jdbc.sql("delete from criteria_group where catalog_code = :catalog and not (number in (:groups))")
                .param("catalog", catalog.code()).param("groups", groups).update();
    }

    private void removeCatalogsNotIn(List<CriteriaCatalog> catalogs, Messages messages) {
        List<String> kept = catalogs.stream().map(CriteriaCatalog::code).toList();
        refuseIfAssessed("not (catalog_code in (:kept))", Map.of("kept", kept), messages);
        for (String table : List.of("criterion", "criteria_group")) {
            jdbc.sql("delete from " + table + " where not (catalog_code in (:kept))").param("kept", kept).update();
        }
        jdbc.sql("delete from criteria_catalog where not (code in (:kept))").param("kept", kept).update();
    }

    /** A criterion people have assessed is not dropped silently with an edit of the catalog file. */
    private void refuseIfAssessed(String where, Map<String, ?> params, Messages messages) {
        List<String> assessed = jdbc.sql("select distinct catalog_code || ' / ' || criterion_code from criterion_assessment where " + where
                        + " order by 1")
                .params(params).query(String.class).list();
        if (!assessed.isEmpty()) {
            throw new IllegalArgumentException(messages.get("criteria.error.assessed-removed", String.join(", ", assessed)));
        }
    }

    @Transactional
    public void saveAssessments(List<Assessment> assessments) {
        for (Assessment a : assessments) {
            jdbc.sql("""
                    insert into criterion_assessment (ward_code, catalog_code, criterion_code, year, status, assessed_on, evidence, source)
                    values (:ward, :catalog, :criterion, :year, :status, :date, :evidence, :source)
                    on conflict (ward_code, catalog_code, criterion_code, year) do update set status = excluded.status,
                        assessed_on = excluded.assessed_on, evidence = excluded.evidence, source = excluded.source, loaded_at = now()
                    """)
                    .param("ward", a.ward()).param("catalog", a.catalog()).param("criterion", a.criterion()).param("year", a.year())
                    .param("status", a.status().code()).param("date", a.assessedOn()).param("evidence", a.evidence())
                    .param("source", a.source())
                    .update();
        }
    }

    /**
     * The stored catalogs in file order, their rules read against the vocabulary's indicators. Kept
     * while the vocabulary is the same instance: CatalogRepository hands out a new one whenever the
     * version moves, and any write to the criteria tables moves it (V39).
     */
    public List<CriteriaCatalog> catalogs(Catalog vocabulary) {
        Read last = read;
        if (last != null && last.vocabulary() == vocabulary) {
            return last.catalogs();
        }
        List<CriteriaCatalog> catalogs = List.copyOf(read(vocabulary.indicators()));
        read = new Read(vocabulary, catalogs);
        return catalogs;
    }

    private List<CriteriaCatalog> read(List<Indicator> indicators) {
        Map<String, Indicator> byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        Map<String, List<CriterionGroup>> groups = new HashMap<>();
        jdbc.sql("select catalog_code, number, name_vi, name_en, sample_wording from criteria_group order by catalog_code, number")
                .query(rs -> {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new CriterionGroup(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                });
        Map<String, List<Criterion>> criteria = new HashMap<>();
        jdbc.sql("""
                select catalog_code, number, code, group_number, name_vi, name_en, sample_wording, kind, rule, zero_base, no_prior, line
                from criterion order by catalog_code, number
                """)
                .query(rs -> {
                    String rule = rs.getString("rule");
                    criteria.computeIfAbsent(rs.getString("catalog_code"), k -> new ArrayList<>()).add(new Criterion(
                            rs.getInt("number"), rs.getString("code"), rs.getInt("group_number"), rs.getString("name_vi"), rs.getString("name_en"),
                            rs.getBoolean("sample_wording"), Criterion.Kind.valueOf(rs.getString("kind").toUpperCase()),
                            rule == null ? null : RuleParser.parse(rule, byCode),
                            verdict(rs.getString("zero_base")), verdict(rs.getString("no_prior")), rs.getInt("line")));
                });
        return jdbc.sql("select code, name_vi, name_en, first_year, last_year, source_file from criteria_catalog order by position")
                .query((rs, n) -> new CriteriaCatalog(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        (Integer) rs.getObject(5), groups.getOrDefault(rs.getString(1), List.of()),
                        criteria.getOrDefault(rs.getString(1), List.of()), rs.getString(6)))
                .list();
    }

    private static Verdict verdict(String code) {
        return code == null ? null : Verdict.valueOf(code.toUpperCase());
    }

    /** The assessments of a catalog's year, by ward and then criterion code; only those of the given wards. */
    public Map<String, Map<String, Assessment>> assessments(String catalog, int year, Set<String> wards) {
        Map<String, Map<String, Assessment>> byWard = new HashMap<>();
        jdbc.sql("""
                select ward_code, criterion_code, status, assessed_on, evidence, source from criterion_assessment
                where catalog_code = :catalog and year = :year
                """)
                .param("catalog", catalog).param("year", year)
                .query(rs -> {
                    String ward = rs.getString(1);
                    if (wards.contains(ward)) {
                        byWard.computeIfAbsent(ward, k -> new HashMap<>()).put(rs.getString(2), new Assessment(ward, catalog, rs.getString(2), year,
                                verdict(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6)));
                    }
                });
        return byWard;
    }

    /** The years a ward has statistics or assessments for. */
    public SortedSet<Integer> years(String ward) {
        return new TreeSet<>(jdbc.sql("""
                select distinct extract(year from period)::int from observation where org_unit_code = :ward
                union select distinct year from criterion_assessment where ward_code = :ward
                """)
                .param("ward", ward).query(Integer.class).list());
    }
}
