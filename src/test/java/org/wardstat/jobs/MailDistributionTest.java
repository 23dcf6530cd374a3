package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.distribution.Distributor;
import org.wardstat.distribution.MailDeliveries;
import org.wardstat.distribution.Recipients;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportBuilder;
import org.wardstat.system.Messages;

/**
 * A job's run mails its PDFs to a real SMTP server (GreenMail, started here): one message per
 * recipient with the reports of their unit and the units below it, in their language; never
 * twice, however often the distribution runs again; a refused delivery tried again with back-off
 * and recorded, then sent when the server is back.
 */
class MailDistributionTest extends PipelineTest {

    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("wardstat.mail.from", () -> "wardstat@cong-an.example.invalid");
        registry.add("wardstat.mail.retries", () -> 2);
        registry.add("wardstat.mail.retry-delay", () -> "20ms");
    }

    @AfterAll
    static void stopTheServer() {
        SMTP.stop();
    }

    @Autowired
    JobDefinitions definitions;
    @Autowired
    IngestService ingest;
    @Autowired
    RunHistory history;
    @Autowired
    Distributor distributor;
    @Autowired
    Recipients recipients;
    @Autowired
    MailDeliveries deliveries;
    @Autowired
    ReportBuilder reports;

    @TempDir
    Path home;

    JobDefinition job;

    @BeforeEach
    void aMonthlyCityJobWithTwoRecipients() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        Path list = home.resolve("nguoi-nhan.csv");
        Files.writeString(list, """
                unit,email,name,language
                tp-bac-kan,lanh.dao@tp-bac-kan.example.invalid,Đồng chí Trưởng Công an thành phố,vi
                duc-xuan,truong.cap@duc-xuan.example.invalid,Ward chief,en
                """);
        Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve("monthly-city.job"), """
                title = Báo cáo tháng — thành phố Bắc Kạn
                schedule = 0 6 18 * *
                scope = tp-bac-kan
                period = previous-month
                reports = area, wards
                formats = pdf
                output = %s
                recipients = %s
                """.formatted(home.resolve("out"), list));
        job = definitions.inFolder(home.resolve("jobs")).all().get(0);
    }

    @Test
    void eachRecipientGetsOneMessageWithTheirReportsAndNoneTwice() throws Exception {
        RunView run = follower.await(launcher.publish(job, Window.month(java.time.YearMonth.of(2024, 11)), RunParameters.Trigger.CLI,
                "test", null, false), RunProgress.NONE);
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(distributeStep(run))
                .isEqualTo("Gửi thư: 2 đã gửi, 0 không gửi được, 0 đã gửi ở lần chạy trước, 0 chưa rõ (tiến trình dừng giữa chừng, không gửi lại).");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage city = to(received, "lanh.dao@tp-bac-kan.example.invalid");
        assertThat(city.getSubject()).isEqualTo("Báo cáo tình hình ANTT tháng 11/2024 — Thành phố Bắc Kạn");
        assertThat(city.getFrom()[0].toString()).isEqualTo("wardstat@cong-an.example.invalid");
        String narrative = reports.build(catalogs.load(), "tp-bac-kan", Window.month(java.time.YearMonth.of(2024, 11)),
                Messages.vietnamese(), "mail").security().narrative();
        String body = text(city);
        assertThat(body).startsWith("Kính gửi Đồng chí Trưởng Công an thành phố,")
                .contains(narrative.substring(0, narrative.indexOf('.') + 1), "Kèm theo 7 báo cáo (PDF):", "tp-bac-kan-2024-11.pdf");
        List<String> files = attachments(city);
        assertThat(files).hasSize(7).first().isEqualTo("tp-bac-kan-2024-11.pdf");
        assertThat(pdfText(city, "tp-bac-kan-2024-11.pdf")).contains("CÔNG AN THÀNH PHỐ BẮC KẠN", "tháng 11/2024 (từ ngày 01/11/2024 đến ngày 30/11");

        MimeMessage ward = to(received, "truong.cap@duc-xuan.example.invalid");
        assertThat(ward.getSubject()).isEqualTo("Security and order report, month 11/2024 — Duc Xuan ward");
        assertThat(text(ward)).startsWith("Dear Ward chief,");
        assertThat(attachments(ward)).containsExactly("duc-xuan-2024-11.pdf");
        assertThat(pdfText(ward, "duc-xuan-2024-11.pdf")).contains("PHƯỜNG ĐỨC XUÂN");

        // the distribution again, as a restart of the run would do it: nothing is sent twice
        Distributor.Summary again = distributor.distribute(run.id(), job.title(), Window.month(java.time.YearMonth.of(2024, 11)),
                catalogs.load(), recipients.of(job.recipients(), catalogs.load(), job.scope(), Messages.vietnamese()));
        assertThat(again).isEqualTo(new Distributor.Summary(true, 0, 0, 2, 0, 2));
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(deliveries.ofRun(run.id())).extracting(MailDeliveries.Delivery::status, MailDeliveries.Delivery::attempts)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("sent", 1));
    }

    @Test
    void aRefusedDeliveryIsTriedAgainWithBackOffRecordedAndSentWhenTheServerIsBack() throws Exception {
        SMTP.stop();
        RunView run = follower.await(launcher.publish(job, Window.month(java.time.YearMonth.of(2024, 11)), RunParameters.Trigger.CLI,
                "test", null, false), RunProgress.NONE);
        assertThat(run.status()).as("the reports are made; the mail's failure is said, not the run's").isEqualTo("COMPLETED");
        assertThat(distributeStep(run)).startsWith("Gửi thư: 0 đã gửi, 2 không gửi được");
        assertThat(deliveries.ofRun(run.id())).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo("failed");
            assertThat(delivery.attempts()).as("the first try and two more").isEqualTo(3);
            assertThat(delivery.lastError()).isNotBlank();
        });

        SMTP.start();
        Distributor.Summary again = distributor.distribute(run.id(), job.title(), Window.month(java.time.YearMonth.of(2024, 11)),
                catalogs.load(), recipients.of(job.recipients(), catalogs.load(), job.scope(), Messages.vietnamese()));
        assertThat(again.sent()).isEqualTo(2);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(deliveries.ofRun(run.id())).extracting(MailDeliveries.Delivery::status, MailDeliveries.Delivery::attempts)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("sent", 4));
    }

    private String distributeStep(RunView run) {
        return history.steps(run.id()).stream().filter(step -> step.step().equals("distribute")).findFirst()
                .orElseThrow(() -> new AssertionError(history.steps(run.id()).toString())).message();
    }

    private static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().contains(address)) {
                return message;
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private static String text(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                return GreenMailUtil.getBody(inner.getBodyPart(0)).isEmpty() ? "" : (String) inner.getBodyPart(0).getContent();
            }
            if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    private static List<String> attachments(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                names.add(parts.getBodyPart(i).getFileName());
            }
        }
        return names;
    }

    private static String pdfText(MimeMessage message, String name) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                try (InputStream in = part.getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
        }
        throw new AssertionError("no attachment " + name);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
