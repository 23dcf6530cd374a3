package org.wardstat.ingest;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a chunk of validated rows: good values are upserted, rejects recorded, and the file's
 * counters advanced, all in the chunk's one transaction. A value that did not change is not
 * rewritten, so loading the same data twice changes nothing.
 */
public class ObservationWriter implements ItemWriter<ValidatedRow> {

    private static final String UPSERT = """
            insert into observation (org_unit_code, indicator_code, period, value, source_file_id)
            values (?, ?, ?, ?, ?)
            on conflict (org_unit_code, indicator_code, period) do update
                set value = excluded.value, source_file_id = excluded.source_file_id, loaded_at = now()
                where observation.value is distinct from excluded.value
            """;
    private static final String REJECT = """
            insert into ingest_reject (source_file_id, row_number, column_name, cell_value, reason_code, reason, raw_row)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (source_file_id, row_number, column_name, reason_code) do nothing
            """;
    private static final String COUNT = """
            update source_file set rows_read = rows_read + ?, rows_loaded = rows_loaded + ?,
                rows_rejected = rows_rejected + ?, values_written = values_written + ?
            where id = ?
            """;

    private final JdbcTemplate jdbc;
    private final long sourceFileId;

    public ObservationWriter(JdbcTemplate jdbc, long sourceFileId) {
        this.jdbc = jdbc;
        this.sourceFileId = sourceFileId;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) {
        List<Object[]> values = new ArrayList<>();
        List<Object[]> rejects = new ArrayList<>();
        int loaded = 0;
        for (ValidatedRow row : chunk) {
            if (row.rejected()) {
                for (RowProblem p : row.problems()) {
                    rejects.add(new Object[] {sourceFileId, row.rowNumber(), p.column(), p.value(), p.reasonCode(), p.reason(), row.rawText()});
                }
                continue;
            }
            loaded++;
            Date period = Date.valueOf(row.period().atDay(1));
            for (Map.Entry<String, BigDecimal> value : row.values().entrySet()) {
                values.add(new Object[] {row.wardCode(), value.getKey(), period, value.getValue(), sourceFileId});
            }
        }
        int written = 0;
        for (int count : jdbc.batchUpdate(UPSERT, values)) {
            written += count;
        }
        jdbc.batchUpdate(REJECT, rejects);
        jdbc.update(COUNT, chunk.size(), loaded, chunk.size() - loaded, written, sourceFileId);
    }
}
