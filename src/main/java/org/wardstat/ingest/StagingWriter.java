package org.wardstat.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stages a chunk of validated rows: good values and rows go to the staging tables with
 * PostgreSQL's COPY, rejects to {@code ingest_reject}, and the file's counters advance — all in
 * the chunk's one transaction, so a restart after a crash stages every row exactly once.
 */
public class StagingWriter implements ItemWriter<ValidatedRow> {

    private static final String REJECT = """
            insert into ingest_reject (source_file_id, sheet, row_number, column_name, cell_value, reason_code, reason, raw_row)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """;

    /** \N for null, so that an empty text (a CSV file's sheet name "") stays an empty text. */
    private static final CSVFormat COPY_CSV = CSVFormat.DEFAULT.builder().setNullString("\\N").get();

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final long sourceFileId;

    public StagingWriter(DataSource dataSource, long sourceFileId) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.sourceFileId = sourceFileId;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) throws IOException, SQLException {
        StringBuilder values = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        List<Object[]> rejects = new ArrayList<>();
        int rejected = 0;
        try (CSVPrinter valueCsv = new CSVPrinter(values, COPY_CSV); CSVPrinter rowCsv = new CSVPrinter(rows, COPY_CSV)) {
            for (ValidatedRow row : chunk) {
                if (row.rejected()) {
                    rejected++;
                    for (RowProblem p : row.problems()) {
                        // kept for the user as text PostgreSQL can store: a NUL in a header or a quoted cell shows as ␀
                        rejects.add(new Object[] {sourceFileId, row.sheet(), row.rowNumber(), ControlCharacters.visible(p.column()),
                                ControlCharacters.visible(p.value()), p.reasonCode(), ControlCharacters.visible(p.reason()),
                                ControlCharacters.visible(row.rawText())});
                    }
                    continue;
                }
                rowCsv.printRecord(sourceFileId, row.sheet(), row.rowNumber(), row.rawText());
                for (ValidatedRow.Value v : row.values()) {
                    valueCsv.printRecord(sourceFileId, row.sheet(), row.rowNumber(), v.ward(), v.indicator(),
                            v.period().atDay(1), v.value().toPlainString(), v.note());
                }
            }
        }
        copy("copy staged_row (source_file_id, sheet, row_number, raw_row) from stdin with (format csv, null '\\N')", rows);
        copy("copy staged_value (source_file_id, sheet, row_number, org_unit_code, indicator_code, period, value, note) from stdin with (format csv, null '\\N')", values);
        jdbc.batchUpdate(REJECT, rejects);
        jdbc.update("update source_file set rows_read = rows_read + ?, rows_rejected = rows_rejected + ? where id = ?",
                chunk.size(), rejected, sourceFileId);
    }

    private void copy(String sql, StringBuilder data) throws SQLException, IOException {
        if (data.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource); // the chunk's transaction
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
