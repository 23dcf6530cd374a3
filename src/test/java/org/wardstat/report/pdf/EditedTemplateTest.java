package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportBuilder;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/** A user edits a template in report-templates/: the next report uses it, and a mistake is named by file and line. */
class EditedTemplateTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    ReportBuilder builder;

    @TempDir
    Path templates;

    private String render(ReportPdf pdf, ReportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(content, Messages.vietnamese(), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anEditedTemplateIsUsedByTheNextReportAndABrokenOneIsNamedWithItsLine() throws IOException {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        FileSystemUtils.copyRecursively(Path.of("report-templates"), templates);
        ReportPdf pdf = new ReportPdf(new TemplateCache(templates));
        ReportContent content = builder.build(catalogs.load(), "duc-xuan", Window.year(2023), Messages.vietnamese(), "#1");
        assertThat(render(pdf, content)).contains("BÁO CÁO Tình hình an ninh, trật tự Phường Đức Xuân");

        Path template = templates.resolve("ward-briefing.jrxml");
        edit(template, "<![CDATA[$P{title}]]>", "<![CDATA[\"BÁO CÁO NHANH\"]]>");
        assertThat(render(pdf, content)).contains("BÁO CÁO NHANH Tình hình an ninh, trật tự Phường Đức Xuân");

        edit(template, "<![CDATA[$P{subject}]]>", "<![CDATA[$P{subjec}]]>");
        int line = lineOf(template, "$P{subjec}");
        assertThatThrownBy(pdf::checkTemplates).isInstanceOf(TemplateException.class)
                .hasMessageContaining("ward-briefing.jrxml").hasMessageContaining("dòng " + line);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60))); // an editor's save, a moment later
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
