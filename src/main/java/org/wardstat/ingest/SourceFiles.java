package org.wardstat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every file offered for loading, keyed by the checksum of its bytes. */
@Repository
public class SourceFiles {

    record Stored(long id, boolean completed, int rowsRead, int rowsLoaded, int rowsUpdated, int rowsUnchanged,
                  int rowsRejected, int rowsWarned, int valuesNew, int valuesChanged) {
    }

    /** A rejected row's fault or a warning, as the user's files list them. */
    public record Problem(String sheet, long rowNumber, String column, String value, String rule, String reason, String rawRow) {
    }

    private final JdbcClient jdbc;

    SourceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The checksum of a text: of a file's checksum and the options it was read with. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Stored register(Path file, String sha256, String layout, String encoding, IngestService.Origin origin) throws IOException {
        jdbc.sql("""
                insert into source_file (sha256, file_name, path, size_bytes, layout, encoding, channel, submitted_by)
                values (:sha, :name, :path, :size, :layout, :encoding, :channel, :user)
                on conflict (sha256) do nothing
                """)
                .param("sha", sha256).param("name", file.getFileName().toString())
                .param("path", file.toString()).param("size", Files.size(file))
                .param("layout", layout).param("encoding", encoding)
                .param("channel", origin == null ? "file" : origin.channel()).param("user", origin == null ? null : origin.user())
                .update();
        return find(sha256);
    }

    Stored find(String sha256) {
        return jdbc.sql("""
                select id, completed_at is not null, rows_read, rows_loaded, rows_updated, rows_unchanged,
                       rows_rejected, rows_warned, values_new, values_changed
                from source_file where sha256 = :sha
                """)
                .param("sha", sha256)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
                .single();
    }

    /**
     * Whether what is staged for an unfinished load is what its counters say was read: every row
     * read is staged or rejected. Staged rows, counters and the job's restart position are
     * committed together chunk by chunk, so they agree, unless the staging was lost (PostgreSQL
     * killed while staging was unlogged, before V10) or emptied by hand.
     */
    boolean stagingAgrees(long id) {
        return jdbc.sql("""
                select f.rows_read = (select count(*) from staged_row r where r.source_file_id = f.id)
                                   + (select count(*) from (select distinct sheet, row_number from ingest_reject where source_file_id = f.id) x)
                from source_file f where f.id = :id
                """).param("id", id).query(Boolean.class).single();
    }

    /** Everything a load staged and counted, in one statement: the next load of the file starts from its first row. */
    void forgetStaging(long id) {
        jdbc.sql("""
                with staged_values as (delete from staged_value where source_file_id = :id),
                     staged_rows as (delete from staged_row where source_file_id = :id),
                     rejects as (delete from ingest_reject where source_file_id = :id),
                     warnings as (delete from ingest_warning where source_file_id = :id)
                update source_file set rows_read = 0, rows_rejected = 0, rows_warned = 0 where id = :id and completed_at is null
                """).param("id", id).update();
    }

    void markCompleted(long id) {
        jdbc.sql("update source_file set completed_at = now() where id = :id and completed_at is null").param("id", id).update();
    }

    public List<Problem> rejects(long id) {
        return problems(id, "select sheet, row_number, column_name, cell_value, reason_code, reason, raw_row from ingest_reject");
    }

    List<Problem> warnings(long id) {
        return problems(id, "select sheet, row_number, column_name, cell_value, rule_code, message, raw_row from ingest_warning");
    }

    private List<Problem> problems(long id, String select) {
        return jdbc.sql(select + " where source_file_id = :id order by sheet, row_number, id")
                .param("id", id)
                .query((rs, n) -> new Problem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
