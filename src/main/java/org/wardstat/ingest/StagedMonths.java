package org.wardstat.ingest;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first and last months of a file's staged values, as dates. Every join of the staged values to the month table
 * is also bounded by them (the rule check's usual, the merge): PostgreSQL cannot prune the month table's years (V45)
 * by a join's values, and without constant bounds it read every year stored to find the file's months. A national
 * December after nine earlier years read 35.7 million values for 300,000. Without staged values both are null, and
 * the joins find nothing.
 */
record StagedMonths(LocalDate firstMonth, LocalDate lastMonth) {

    static StagedMonths of(JdbcClient jdbc, long file) {
        return jdbc.sql("select min(period) as first, max(period) as last from staged_value where source_file_id = :file")
                .param("file", file)
                .query((rs, n) -> new StagedMonths(localDate(rs.getDate("first")), localDate(rs.getDate("last"))))
                .single();
    }

    boolean none() {
        return firstMonth == null;
    }

    /** Binds :firstMonth and :lastMonth. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("firstMonth", firstMonth).param("lastMonth", lastMonth);
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
