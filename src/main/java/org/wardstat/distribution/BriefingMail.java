package org.wardstat.distribution;

import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.PeriodLabels;
import org.wardstat.report.ReportBuilder;
import org.wardstat.system.Messages;

/**
 * One recipient's message, in their language: "Báo cáo tình hình ANTT tháng 11/2024 — Thành phố
 * Bắc Kạn", the first sentences of their unit's narrative (the report's own, made from the same
 * figures), the list of reports attached, and the PDFs.
 */
@Component
class BriefingMail {

    /** Sentences end with a full stop followed by a space and a capital letter (Vietnamese capitals included). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");
    private static final int SUMMARY_SENTENCES = 2;

    record Message(String subject, String body, List<Path> attachments) {
    }

    private final ReportBuilder reports;
    private final String from;

    BriefingMail(ReportBuilder reports, @Value("${wardstat.mail.from:wardstat@localhost}") String from) {
        this.reports = reports;
        this.from = from;
    }

    Message compose(Recipient recipient, String title, Window window, Catalog catalog, List<Path> pdfs) {
        Messages messages = Messages.forLanguage(recipient.language());
        boolean vi = messages.isVietnamese();
        OrgUnit unit = catalog.unit(recipient.unitCode()).orElseThrow();
        String period = PeriodLabels.name(window, messages);
        String subject = messages.get("mail.subject", period, unit.name(vi));
        String narrative = reports.build(catalog, unit.code(), window, messages, "mail", false).security().narrative();
        StringBuilder body = new StringBuilder()
                .append(messages.get("mail.greeting", recipient.name())).append("\n\n")
                .append(messages.get("mail.intro", title, period, unit.name(vi))).append("\n\n")
                .append(firstSentences(narrative)).append("\n\n")
                .append(messages.get("mail.attached", pdfs.size())).append('\n');
        pdfs.forEach(pdf -> body.append("  - ").append(shownName(pdf)).append('\n'));
        body.append('\n').append(messages.get("mail.signature"));
        return new Message(subject, body.toString(), pdfs);
    }

    MimeMessage mime(JavaMailSender sender, Recipient recipient, Message message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(recipient.email(), recipient.name(), "UTF-8"));
            helper.setSubject(message.subject());
            helper.setText(message.body());
            for (Path pdf : message.attachments()) {
                helper.addAttachment(shownName(pdf), new FileSystemResource(pdf), "application/pdf");
            }
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException(e);
        }
    }

    /** The archive copy's name without its stamp and run: "tp-bac-kan-2024-11.pdf", as the latest copy is named. */
    static String shownName(Path pdf) {
        return pdf.getFileName().toString().replaceFirst("-\\d{8}-\\d{6}-run\\d+\\.pdf$", ".pdf");
    }

    static String firstSentences(String narrative) {
        Matcher end = SENTENCE_END.matcher(narrative);
        int found = 0;
        int cut = narrative.length();
        while (found < SUMMARY_SENTENCES && end.find()) {
            found++;
            cut = end.end();
        }
        // fewer boundaries than sentences wanted: the narrative is that short, and is given whole
        return found < SUMMARY_SENTENCES ? narrative.strip() : narrative.substring(0, cut).strip();
    }
}
