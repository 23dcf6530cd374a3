package org.wardstat.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the warnings a row carries by itself (a total that differs from the sum of what it adds
 * up) to {@code ingest_warning}, in the chunk's transaction, and hands the data rows on to be
 * staged. A total row is checked and reported, never staged: it is not a ward.
 */
class TotalWarnings implements ItemWriter<ValidatedRow> {

    private final JdbcTemplate jdbc;
    private final long sourceFileId;
    private final ItemWriter<ValidatedRow> staging;

    TotalWarnings(JdbcTemplate jdbc, long sourceFileId, ItemWriter<ValidatedRow> staging) {
        this.jdbc = jdbc;
        this.sourceFileId = sourceFileId;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) throws Exception {
        List<Object[]> warnings = new ArrayList<>();
        List<ValidatedRow> rows = new ArrayList<>();
        for (ValidatedRow row : chunk) {
            for (RowProblem warning : row.warnings()) {
                warnings.add(new Object[] {sourceFileId, row.sheet(), row.rowNumber(), warning.column(), warning.value(),
                        warning.reasonCode(), warning.reason(), row.rawText()});
            }
            if (!row.totalRow()) {
                rows.add(row);
            }
        }
        jdbc.batchUpdate("""
                insert into ingest_warning (source_file_id, sheet, row_number, column_name, cell_value, rule_code, message, raw_row)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, warnings);
        if (!rows.isEmpty() || chunk.isEmpty()) {
            staging.write(new Chunk<>(rows));
        }
    }
}
