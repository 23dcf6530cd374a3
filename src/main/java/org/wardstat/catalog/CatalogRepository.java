package org.wardstat.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The vocabulary in the database: files are upserted, so reloading an edited file is safe. */
@Repository
public class CatalogRepository {

    /** A catalog as loaded, and the vocabulary's version it was loaded at (V37). */
    private record Loaded(long version, Catalog catalog) {
    }

    private final JdbcClient jdbc;
    private volatile Loaded loaded;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void saveIndicators(List<Indicator> indicators) {
        for (Indicator i : indicators) {
            jdbc.sql("""
                    insert into indicator (code, position, name_vi, name_en, unit_vi, unit_en, kind, better, decimals, numerator, denominator)
                    values (:code, :position, :nameVi, :nameEn, :unitVi, :unitEn, :kind, :better, :decimals, :numerator, :denominator)
                    on conflict (code) do update set position = excluded.position, name_vi = excluded.name_vi,
                        name_en = excluded.name_en, unit_vi = excluded.unit_vi, unit_en = excluded.unit_en,
                        kind = excluded.kind, better = excluded.better, decimals = excluded.decimals,
                        numerator = excluded.numerator, denominator = excluded.denominator
                    """)
                    .param("code", i.code()).param("position", i.position())
                    .param("nameVi", i.nameVi()).param("nameEn", i.nameEn())
                    .param("unitVi", i.unitVi()).param("unitEn", i.unitEn())
                    .param("kind", i.kind().name().toLowerCase()).param("better", i.better().name().toLowerCase())
                    .param("decimals", i.decimals())
                    .param("numerator", i.numerator()).param("denominator", i.denominator())
                    .update();
        }
    }

    /**
     * Saves org units after checking that every parent exists (in the file or already stored)
     * and that the tree has no cycle, so a bad file changes nothing.
     */
    @Transactional
    public void saveOrgUnits(List<OrgUnit> units) {
        Map<String, String> parents = new HashMap<>();
        jdbc.sql("select code, parent_code from org_unit").query((rs, n) -> parents.put(rs.getString(1), rs.getString(2))).list();
        units.forEach(unit -> parents.put(unit.code(), unit.parentCode()));
        for (OrgUnit unit : units) {
            if (unit.parentCode() != null && !parents.containsKey(unit.parentCode())) {
                throw new IllegalArgumentException("Đơn vị '" + unit.code() + "' có đơn vị cấp trên '" + unit.parentCode() + "' không tồn tại");
            }
            Set<String> seen = new HashSet<>();
            for (String code = unit.code(); code != null; code = parents.get(code)) {
                if (!seen.add(code)) {
                    throw new IllegalArgumentException("Cây đơn vị có vòng lặp tại '" + unit.code() + "'");
                }
            }
        }
        for (OrgUnit unit : units) {
            jdbc.sql("""
                    insert into org_unit (code, parent_code, level, name_vi, name_en, valid_from, valid_to)
                    values (:code, :parent, :level, :nameVi, :nameEn, :validFrom, :validTo)
                    on conflict (code) do update set parent_code = excluded.parent_code, level = excluded.level,
                        name_vi = excluded.name_vi, name_en = excluded.name_en,
                        valid_from = excluded.valid_from, valid_to = excluded.valid_to
                    """)
                    .param("code", unit.code()).param("parent", unit.parentCode()).param("level", unit.level())
                    .param("nameVi", unit.nameVi()).param("nameEn", unit.nameEn())
                    .param("validFrom", unit.validFrom()).param("validTo", unit.validTo())
                    .update();
        }
        for (OrgUnit unit : units) {
            jdbc.sql("delete from org_unit_predecessor where unit_code = :code").param("code", unit.code()).update();
            for (String predecessor : unit.predecessors()) {
                jdbc.sql("insert into org_unit_predecessor (unit_code, predecessor_code) values (:code, :predecessor)")
                        .param("code", unit.code()).param("predecessor", predecessor).update();
            }
        }
    }

    /**
     * The vocabulary as it stands: read again only when its version moved since the last read, so
     * a national run's briefings share one catalog instead of each reading ten thousand org units.
     * The version is read before the rows, so a catalog is never older than the version it is kept under.
     */
    public Catalog load() {
        long version = jdbc.sql("select version from vocabulary_version").query(Long.class).single();
        Loaded last = loaded;
        if (last != null && last.version() == version) {
            return last.catalog();
        }
        Catalog catalog = read();
        loaded = new Loaded(version, catalog);
        return catalog;
    }

    private Catalog read() {
        List<Indicator> indicators = jdbc.sql("""
                select code, position, name_vi, name_en, unit_vi, unit_en, kind, better, decimals, numerator, denominator
                from indicator order by position, code
                """)
                .query((rs, n) -> new Indicator(rs.getString("code"), rs.getInt("position"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getString("unit_vi"), rs.getString("unit_en"),
                        Indicator.Kind.valueOf(rs.getString("kind").toUpperCase()),
                        Indicator.Better.valueOf(rs.getString("better").toUpperCase()),
                        rs.getInt("decimals"), rs.getString("numerator"), rs.getString("denominator")))
                .list();
        Map<String, List<String>> predecessors = new HashMap<>();
        jdbc.sql("select unit_code, predecessor_code from org_unit_predecessor order by unit_code, predecessor_code")
                .query(rs -> {
                    predecessors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        List<OrgUnit> units = jdbc.sql("select code, parent_code, level, name_vi, name_en, valid_from, valid_to from org_unit order by code")
                .query((rs, n) -> new OrgUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        predecessors.getOrDefault(rs.getString(1), List.of())))
                .list();
        return new Catalog(indicators, units);
    }
}
