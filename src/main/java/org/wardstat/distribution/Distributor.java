package org.wardstat.distribution;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Sends a run's PDFs to its recipients: to each, one message with the reports of their unit and
 * of the units below it, a subject naming the report and period, and the first sentences of their
 * unit's narrative. Each delivery is claimed in the ledger before it goes (never twice, whatever
 * restarts), tried again with a growing pause when the mail server refuses it (Spring's
 * {@link RetryTemplate}), and recorded sent or failed. Without a mail server set
 * ({@code spring.mail.host}), nothing is sent and the run says so.
 */
@Service
public class Distributor {

    private static final Logger log = LoggerFactory.getLogger(Distributor.class);

    /** What came of a run's distribution, as the run reports it. */
    public record Summary(boolean configured, int sent, int failed, int before, int uncertain, int recipients) {
        public static final Summary NOT_CONFIGURED = new Summary(false, 0, 0, 0, 0, 0);

        public String text(Messages messages) {
            return configured ? messages.get("mail.summary", sent, failed, before, uncertain)
                    : messages.get("mail.not-configured", recipients);
        }
    }

    /** A PDF of the run: the unit it is of and its file. */
    record Attachment(long editionId, String unitCode, Path file) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final MailDeliveries deliveries;
    private final BriefingMail mail;
    private final JdbcClient jdbc;
    private final WardstatProperties properties;
    private final RetryPolicy retryPolicy;

    Distributor(ObjectProvider<JavaMailSender> senders, MailDeliveries deliveries, BriefingMail mail, JdbcClient jdbc,
                WardstatProperties properties, @Value("${wardstat.mail.retries:3}") int retries,
                @Value("${wardstat.mail.retry-delay:2s}") Duration delay) {
        this.senders = senders;
        this.deliveries = deliveries;
        this.mail = mail;
        this.jdbc = jdbc;
        this.properties = properties;
        this.retryPolicy = RetryPolicy.builder().maxRetries(retries).delay(delay).multiplier(2).maxDelay(delay.multipliedBy(8)).build();
    }

    public Summary distribute(long runId, String title, Window window, Catalog catalog, Collection<Recipient> recipients) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return new Summary(false, 0, 0, 0, 0, recipients.size());
        }
        List<Attachment> pdfs = pdfs(runId);
        int sent = 0;
        int failed = 0;
        int before = 0;
        int uncertain = 0;
        for (Recipient recipient : recipients) {
            List<Attachment> theirs = theirs(pdfs, recipient, catalog);
            if (theirs.isEmpty()) {
                continue; // no report of their unit in this run: nothing to send them
            }
            Optional<MailDeliveries.Delivery> earlier = deliveries.find(runId, recipient.email());
            if (earlier.isPresent() && earlier.get().status().equals("sent")) {
                before++;
                continue;
            }
            if (earlier.isPresent() && earlier.get().status().equals("sending")) {
                uncertain++; // the process died mid-send: it may have gone, and is not sent again
                continue;
            }
            BriefingMail.Message message = mail.compose(recipient, title, window, catalog, theirs.stream().map(Attachment::file).toList());
            boolean claimed = earlier.isPresent() ? deliveries.retake(runId, recipient.email())
                    : deliveries.begin(runId, recipient, message.subject(), theirs.stream().map(Attachment::editionId).toList());
            if (!claimed) {
                before++; // another server claimed it meanwhile
                continue;
            }
            if (send(sender, runId, recipient, message)) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Summary(true, sent, failed, before, uncertain, recipients.size());
    }

    private boolean send(JavaMailSender sender, long runId, Recipient recipient, BriefingMail.Message message) {
        AtomicInteger attempt = new AtomicInteger();
        try {
            new RetryTemplate(retryPolicy).execute(() -> {
                try {
                    sender.send(mail.mime(sender, recipient, message));
                    return null;
                } catch (RuntimeException e) {
                    log.warn("Mail to {} for run {}, attempt {}: {}", recipient.email(), runId, attempt.incrementAndGet(), e.getMessage());
                    deliveries.attemptFailed(runId, recipient.email(), rootMessage(e));
                    throw e;
                }
            });
            deliveries.finish(runId, recipient.email(), true);
            return true;
        } catch (RetryException e) {
            deliveries.finish(runId, recipient.email(), false);
            return false;
        }
    }

    private List<Attachment> pdfs(long runId) {
        return jdbc.sql("""
                select e.id, e.org_unit_code, e.path from report_edition e join batch_job_execution x using (job_execution_id)
                where x.job_instance_id = :run and e.format = 'pdf' order by e.org_unit_code, e.id
                """).param("run", runId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), properties.reports().resolve(rs.getString(3)))).list();
    }

    /** The reports of the recipient's unit and of the units below it, theirs first. */
    private static List<Attachment> theirs(List<Attachment> pdfs, Recipient recipient, Catalog catalog) {
        OrgUnit top = catalog.unit(recipient.unitCode()).orElse(null);
        if (top == null) {
            return List.of();
        }
        List<Attachment> theirs = new ArrayList<>();
        for (Attachment pdf : pdfs) {
            OrgUnit unit = catalog.unit(pdf.unitCode()).orElse(null);
            if (unit != null && (unit.equals(top) || catalog.ancestors(unit).contains(top))) {
                theirs.add(unit.equals(top) ? 0 : theirs.size(), pdf);
            }
        }
        return theirs;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
