package org.wardstat.entry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ward's month as typed on the web, kept until it is submitted: one draft per ward and month,
 * shared by whoever may enter that ward's figures. Values are kept as typed, mistakes included,
 * so a draft can be corrected later.
 */
@Repository
public class Drafts {

    /**
     * @param typed         indicator code → the text typed
     * @param submittedAt   when the draft was last submitted (and loaded), or null
     * @param sourceFileId  the load the submission became
     */
    public record Draft(String ward, YearMonth period, Map<String, String> typed, String updatedBy, Instant updatedAt,
                        String submittedBy, Instant submittedAt, Long sourceFileId) {

        /** Changed since it was submitted, or never submitted. */
        public boolean pending() {
            return submittedAt == null || updatedAt.isAfter(submittedAt);
        }
    }

    private final JdbcClient jdbc;

    Drafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Draft> find(String ward, YearMonth period) {
        return list("where d.org_unit_code = :ward and d.period = :period", Map.of("ward", ward, "period", Date.valueOf(period.atDay(1))))
                .stream().findFirst();
    }

    /** The drafts of these wards, the most recently changed first. */
    public List<Draft> of(Collection<String> wards, int limit) {
        if (wards.isEmpty()) {
            return List.of();
        }
        return list("where d.org_unit_code in (:wards) order by d.updated_at desc limit " + limit, Map.of("wards", wards));
    }

    @Transactional
    public void save(String ward, YearMonth period, Map<String, String> typed, String user, Instant at) {
        Date month = Date.valueOf(period.atDay(1));
        jdbc.sql("""
                insert into entry_draft (org_unit_code, period, updated_by, updated_at) values (:ward, :period, :user, :at)
                on conflict (org_unit_code, period) do update set updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """).param("ward", ward).param("period", month).param("user", user).param("at", Timestamp.from(at)).update();
        jdbc.sql("delete from entry_draft_value where org_unit_code = :ward and period = :period")
                .param("ward", ward).param("period", month).update();
        typed.forEach((indicator, text) -> {
            if (!text.isBlank()) {
                jdbc.sql("insert into entry_draft_value (org_unit_code, period, indicator_code, typed) values (:ward, :period, :indicator, :typed)")
                        .param("ward", ward).param("period", month).param("indicator", indicator).param("typed", text.strip()).update();
            }
        });
    }

    public void markSubmitted(String ward, YearMonth period, String user, Instant at, long sourceFileId) {
        jdbc.sql("""
                update entry_draft set submitted_by = :user, submitted_at = :at, source_file_id = :file, updated_at = least(updated_at, :at)
                where org_unit_code = :ward and period = :period
                """).param("ward", ward).param("period", Date.valueOf(period.atDay(1))).param("user", user)
                .param("at", Timestamp.from(at)).param("file", sourceFileId).update();
    }

    private List<Draft> list(String where, Map<String, ?> params) {
        List<Draft> drafts = jdbc.sql("""
                select d.org_unit_code, d.period, d.updated_by, d.updated_at, d.submitted_by, d.submitted_at, d.source_file_id
                from entry_draft d
                """ + where).params(params)
                .query((rs, n) -> new Draft(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), new LinkedHashMap<>(),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getObject(7) == null ? null : rs.getLong(7)))
                .list();
        for (Draft draft : drafts) {
            jdbc.sql("select indicator_code, typed from entry_draft_value where org_unit_code = :ward and period = :period")
                    .param("ward", draft.ward()).param("period", Date.valueOf(draft.period().atDay(1)))
                    .query((rs, n) -> draft.typed().put(rs.getString(1), rs.getString(2))).list();
        }
        return drafts;
    }
}
