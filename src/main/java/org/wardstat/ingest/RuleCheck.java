package org.wardstat.ingest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardstat.system.NumberStyle;
import org.wardstat.system.Messages;

/**
 * Checks what single cells cannot show, on the staged values of one file: conflicting
 * duplicates and the rules of {@code validation-rules.csv}. Errors reject the rows involved
 * (their staged values are dropped); warnings are recorded and the rows still load. Runs in one
 * transaction, and everything it writes is keyed, so running it again changes nothing.
 */
public class RuleCheck implements Tasklet {

    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final List<Object[]> rejects = new ArrayList<>();
    private final List<Object[]> warnings = new ArrayList<>();
    private final long file;
    private final List<ValidationRule> rules;
    private final Messages messages;
    private final NumberStyle numbers;

    public RuleCheck(JdbcTemplate jdbcTemplate, long sourceFileId, List<ValidationRule> rules, Messages messages) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.file = sourceFileId;
        this.rules = rules;
        this.messages = messages;
        this.numbers = NumberStyle.forLanguage(messages.isVietnamese());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        analyzeStagingTables();
        rejectConflictingDuplicates();
        for (ValidationRule rule : rules) {
            switch (rule.kind()) {
                case COMPARE -> compare(rule);
                case ABOVE_USUAL -> aboveUsual(rule);
            }
        }
        flush();
        dropRejectedRows();
        return RepeatStatus.FINISHED;
    }

    /**
     * The staging tables fill and empty with every file, faster than autovacuum's statistics
     * follow them. Without fresh statistics the planner takes a staged file for a handful of rows
     * and joins its values with nested loops: the rules of a national monthly file (300,000
     * values) took a minute to check instead of a second. ANALYZE reads a sample, so it costs
     * little even for millions of values. It runs on a connection of its own, outside the step's
     * transaction, so that its lock on the tables ends with it and a concurrent load never waits
     * for this step to commit.
     */
    private void analyzeStagingTables() throws SQLException {
        try (Connection connection = jdbcTemplate.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze staged_value, staged_row");
        }
    }

    /** The same ward, month and indicator twice in one file with different values: neither can be trusted. */
    private void rejectConflictingDuplicates() {
        flush();
        if (!sameWardAndMonthInTwoRows()) {
            return;
        }
        jdbc.sql("""
                select s.sheet, s.row_number, s.indicator_code, s.value, s.org_unit_code, to_char(s.period, 'MM/YYYY') as period,
                       string_agg(s.row_number::text, ', ') over (partition by s.org_unit_code, s.period, s.indicator_code) as rows,
                       r.raw_row
                from staged_value s
                join staged_row r on (r.source_file_id, r.sheet, r.row_number) = (s.source_file_id, s.sheet, s.row_number)
                where s.source_file_id = :file
                  and (s.org_unit_code, s.period, s.indicator_code) in (
                      select org_unit_code, period, indicator_code from staged_value where source_file_id = :file
                      group by org_unit_code, period, indicator_code having count(distinct value) > 1)
                """)
                .param("file", file)
                .query((ResultSet rs) -> {
                    reject(rs.getString("sheet"), rs.getInt("row_number"), rs.getString("indicator_code"),
                            plain(rs.getBigDecimal("value")), "value.conflict",
                            messages.get("value.conflict", rs.getString("indicator_code"), rs.getString("org_unit_code"),
                                    rs.getString("period"), rs.getString("rows")),
                            rs.getString("raw_row"));
                });
    }

    /**
     * A row holds at most one value per indicator (the staging key), so a conflicting duplicate
     * needs two rows of the same ward and month. Most files (one row per ward and month) have
     * none, and this check, grouping rows rather than every value, spares them the search for
     * conflicts among millions of values.
     */
    private boolean sameWardAndMonthInTwoRows() {
        return jdbc.sql("""
                select exists (
                    select 1 from (select distinct sheet, row_number, org_unit_code, period from staged_value where source_file_id = :file) r
                    group by org_unit_code, period having count(*) > 1)
                """)
                .param("file", file)
                .query(Boolean.class)
                .single();
    }

    private void compare(ValidationRule rule) {
        // the operator comes from a fixed set matched by ValidationRules, never from free text
        jdbc.sql("""
                select l.sheet, l.row_number, l.value as left_value, r.sheet as right_sheet, r.row_number as right_row,
                       r.value as right_value, lr.raw_row, rr.raw_row as right_raw
                from staged_value l
                join staged_value r on r.source_file_id = l.source_file_id and r.org_unit_code = l.org_unit_code
                                   and r.period = l.period and r.indicator_code = :right
                join staged_row lr on (lr.source_file_id, lr.sheet, lr.row_number) = (l.source_file_id, l.sheet, l.row_number)
                join staged_row rr on (rr.source_file_id, rr.sheet, rr.row_number) = (r.source_file_id, r.sheet, r.row_number)
                where l.source_file_id = :file and l.indicator_code = :left and not (l.value %s r.value)
                """.formatted(rule.operator()))
                .param("file", file).param("left", rule.left()).param("right", rule.right())
                .query((ResultSet rs) -> {
                    String reason = reason(rule, rs.getBigDecimal("left_value"), rs.getBigDecimal("right_value"));
                    String value = plain(rs.getBigDecimal("left_value"));
                    if (rule.severity() == ValidationRule.Severity.WARNING) {
                        warn(rs.getString("sheet"), rs.getInt("row_number"), rule.left(), value, rule.code(), reason, rs.getString("raw_row"));
                        return;
                    }
                    reject(rs.getString("sheet"), rs.getInt("row_number"), rule.left(), value, rule.code(), reason, rs.getString("raw_row"));
                    if (rs.getInt("right_row") != rs.getInt("row_number") || !rs.getString("right_sheet").equals(rs.getString("sheet"))) {
                        reject(rs.getString("right_sheet"), rs.getInt("right_row"), rule.right(), plain(rs.getBigDecimal("right_value")),
                                rule.code(), reason, rs.getString("right_raw"));
                    }
                });
    }

    /**
     * The staged values of a file above a factor of their ward's usual, the median of its stored values in the twelve
     * months before the ward's first month in the file. The window is also bounded by the file's own first and last
     * months ({@link StagedMonths}), so that PostgreSQL reads only the years of the month table they reach.
     */
    static final String VALUES_ABOVE_USUAL = """
            with first_month as (
                select org_unit_code, min(period) as first from staged_value where source_file_id = :file group by org_unit_code),
            usual as (
                select o.org_unit_code, o.indicator_code, percentile_cont(0.5) within group (order by o.value) as usual
                from observation o join first_month f on f.org_unit_code = o.org_unit_code
                where o.period >= f.first - interval '12 months' and o.period < f.first
                  and o.period >= :windowStart and o.period < :fileLast
                group by o.org_unit_code, o.indicator_code)
            select s.sheet, s.row_number, s.indicator_code, s.value, u.usual, r.raw_row
            from staged_value s
            join usual u on u.org_unit_code = s.org_unit_code and u.indicator_code = s.indicator_code
            join staged_row r on (r.source_file_id, r.sheet, r.row_number) = (s.source_file_id, s.sheet, s.row_number)
            where s.source_file_id = :file and u.usual > 0 and s.value > :factor * u.usual
            """;

    private void aboveUsual(ValidationRule rule) {
        StagedMonths months = StagedMonths.of(jdbc, file);
        if (months.none()) {
            return; // nothing staged, nothing to compare
        }
        jdbc.sql(VALUES_ABOVE_USUAL)
                .param("file", file).param("factor", rule.factor())
                .param("windowStart", months.firstMonth().minusMonths(12)).param("fileLast", months.lastMonth())
                .query((ResultSet rs) -> {
                    BigDecimal value = rs.getBigDecimal("value");
                    String reason = reason(rule, value, rs.getBigDecimal("usual"));
                    if (rule.severity() == ValidationRule.Severity.WARNING) {
                        warn(rs.getString("sheet"), rs.getInt("row_number"), rs.getString("indicator_code"), plain(value), rule.code(), reason, rs.getString("raw_row"));
                    } else {
                        reject(rs.getString("sheet"), rs.getInt("row_number"), rs.getString("indicator_code"), plain(value), rule.code(), reason, rs.getString("raw_row"));
                    }
                });
    }

    private void dropRejectedRows() {
        jdbc.sql("""
                delete from staged_value s using ingest_reject r
                where s.source_file_id = :file and r.source_file_id = s.source_file_id and r.sheet = s.sheet and r.row_number = s.row_number
                """).param("file", file).update();
        jdbc.sql("""
                delete from staged_row s using ingest_reject r
                where s.source_file_id = :file and r.source_file_id = s.source_file_id and r.sheet = s.sheet and r.row_number = s.row_number
                """).param("file", file).update();
        jdbc.sql("""
                delete from ingest_warning w using ingest_reject r
                where w.source_file_id = :file and r.source_file_id = w.source_file_id and r.sheet = w.sheet and r.row_number = w.row_number
                """).param("file", file).update();
        jdbc.sql("""
                update source_file set
                    rows_rejected = (select count(*) from (select distinct sheet, row_number from ingest_reject where source_file_id = :file) r),
                    rows_warned = (select count(*) from (select distinct sheet, row_number from ingest_warning where source_file_id = :file) w)
                where id = :file
                """).param("file", file).update();
    }

    private String reason(ValidationRule rule, BigDecimal first, BigDecimal second) {
        String message = new MessageFormat(rule.message(messages.isVietnamese()), messages.locale())
                .format(new Object[] {format(first), format(second)});
        return messages.get("rule.reason", rule.code(), message);
    }

    private String format(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return numbers.number(plain, Math.max(0, Math.min(2, plain.scale())));
    }

    private void reject(String sheet, int row, String column, String value, String code, String reason, String raw) {
        rejects.add(new Object[] {file, sheet, row, column, value, code, reason, raw});
        if (rejects.size() >= BATCH) {
            flush();
        }
    }

    private void warn(String sheet, int row, String column, String value, String code, String message, String raw) {
        warnings.add(new Object[] {file, sheet, row, column, value, code, message, raw});
        if (warnings.size() >= BATCH) {
            flush();
        }
    }

    /** Findings are written in batches: a file where every row breaks a rule must not take one statement per row. */
    private void flush() {
        jdbcTemplate.batchUpdate("""
                insert into ingest_reject (source_file_id, sheet, row_number, column_name, cell_value, reason_code, reason, raw_row)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, rejects);
        jdbcTemplate.batchUpdate("""
                insert into ingest_warning (source_file_id, sheet, row_number, column_name, cell_value, rule_code, message, raw_row)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, warnings);
        rejects.clear();
        warnings.clear();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

}
