package org.wardstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.criteria.CriteriaLoader;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.pdf.ReportPdf;
import org.wardstat.rollout.Rollouts;
import org.wardstat.system.Messages;

/** The area report of Bắc Kạn city for 2024 as a conference reads it: the text of the PDF, section by section. */
class AreaReportPdfTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    CriteriaLoader criteria;
    @Autowired
    Rollouts rollouts;
    @Autowired
    ReportBuilder reports;
    @Autowired
    ReportPdf pdf;

    @TempDir
    Path temp;

    @BeforeEach
    void loadBacKan() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        criteria.loadCatalogs(Path.of("catalog/criteria/catalogs.csv"), Messages.vietnamese());
        criteria.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
        rollouts.loadDesignations(SAMPLES.resolve("designations.csv"));
        rollouts.loadTargets(SAMPLES.resolve("rollout-targets.csv"));
    }

    private String render(String area, Window window, Messages messages) throws IOException {
        Path file = temp.resolve(area + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            pdf.write(reports.build(catalogs.load(), area, window, messages, "#3"), messages, out);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void dump() throws IOException {
        System.out.println("DUMP " + render("tp-bac-kan", Window.year(2024), Messages.vietnamese()));
    }
}
