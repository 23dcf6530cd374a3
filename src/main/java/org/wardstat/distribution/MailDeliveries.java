package org.wardstat.distribution;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger of deliveries: one row per run and address, written before the message goes, so
 * that nothing is ever sent twice (see V33). Each attempt is counted, with its error.
 */
@Repository
public class MailDeliveries {

    public record Delivery(long runId, String email, String name, String unitCode, String language, String subject, String status,
                           int attempts, String lastError) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailDeliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The delivery of this run to this address, if one was begun. */
    Optional<Delivery> find(long runId, String email) {
        return jdbc.sql("select * from mail_delivery where run_id = :run and lower(email) = lower(:email)")
                .param("run", runId).param("email", email).query(MailDeliveries::delivery).optional();
    }

    /** Claims the delivery before sending; false when another process claimed it first. */
    boolean begin(long runId, Recipient recipient, String subject, List<Long> editionIds) {
        return jdbc.sql("""
                insert into mail_delivery (run_id, email, recipient_name, org_unit_code, language, subject, edition_ids, status, updated_at)
                values (:run, :email, :name, :unit, :language, :subject, :editions, 'sending', :at)
                on conflict (run_id, email) do nothing
                """)
                .param("run", runId).param("email", recipient.email()).param("name", recipient.name())
                .param("unit", recipient.unitCode()).param("language", recipient.language()).param("subject", subject)
                .param("editions", editionIds.toArray(Long[]::new)).param("at", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** A failed delivery taken up again (the run restarted): claimed anew, its attempts kept. */
    boolean retake(long runId, String email) {
        return jdbc.sql("update mail_delivery set status = 'sending', updated_at = :at where run_id = :run and email = :email and status = 'failed'")
                .param("at", Timestamp.from(clock.instant())).param("run", runId).param("email", email).update() == 1;
    }

    void attemptFailed(long runId, String email, String error) {
        jdbc.sql("update mail_delivery set attempts = attempts + 1, last_error = :error, updated_at = :at where run_id = :run and email = :email")
                .param("error", error).param("at", Timestamp.from(clock.instant())).param("run", runId).param("email", email).update();
    }

    void finish(long runId, String email, boolean sent) {
        jdbc.sql("""
                update mail_delivery set status = :status, attempts = attempts + case when :sent then 1 else 0 end, updated_at = :at
                where run_id = :run and email = :email
                """)
                .param("status", sent ? "sent" : "failed").param("sent", sent).param("at", Timestamp.from(clock.instant()))
                .param("run", runId).param("email", email).update();
    }

    public List<Delivery> ofRun(long runId) {
        return jdbc.sql("select * from mail_delivery where run_id = :run order by id").param("run", runId)
                .query(MailDeliveries::delivery).list();
    }

    private static Delivery delivery(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Delivery(rs.getLong("run_id"), rs.getString("email"), rs.getString("recipient_name"), rs.getString("org_unit_code"),
                rs.getString("language"), rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"));
    }
}
