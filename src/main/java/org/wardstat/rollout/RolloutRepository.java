package org.wardstat.rollout;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The designations and targets as last loaded. Each file is the whole list, so loading one
 * replaces what was stored, in one transaction: a rerun changes nothing and a removed row goes.
 */
@Repository
public class RolloutRepository {

    private final JdbcClient jdbc;

    RolloutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replaceDesignations(List<Designation> designations) {
        jdbc.sql("delete from ward_designation").update();
        for (Designation d : designations) {
            jdbc.sql("""
                    insert into ward_designation (ward_code, year_selected, year_recognised, decision_number, decision_date, note)
                    values (:ward, :selected, :recognised, :number, :date, :note)
                    """)
                    .param("ward", d.wardCode()).param("selected", d.yearSelected()).param("recognised", d.yearRecognised())
                    .param("number", d.decisionNumber()).param("date", d.decisionDate()).param("note", d.note())
                    .update();
        }
    }

    @Transactional
    public void replaceTargets(List<RolloutTarget> targets) {
        jdbc.sql("delete from rollout_target").update();
        for (RolloutTarget t : targets) {
            jdbc.sql("""
                    insert into rollout_target (area_code, year, lower_percent, upper_percent, note)
                    values (:area, :year, :lower, :upper, :note)
                    """)
                    .param("area", t.areaCode()).param("year", t.year()).param("lower", t.lowerPercent())
                    .param("upper", t.upperPercent()).param("note", t.note())
                    .update();
        }
    }

    public List<Designation> designations() {
        return jdbc.sql("""
                select ward_code, year_selected, year_recognised, decision_number, decision_date, note
                from ward_designation order by ward_code
                """)
                .query((rs, n) -> new Designation(rs.getString(1), rs.getInt(2), rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }

    public List<RolloutTarget> targets() {
        return jdbc.sql("select area_code, year, lower_percent, upper_percent, note from rollout_target order by area_code, year")
                .query((rs, n) -> new RolloutTarget(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5)))
                .list();
    }
}
