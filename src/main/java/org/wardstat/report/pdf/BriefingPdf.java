package org.wardstat.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wardstat.report.WardBriefing;
import org.wardstat.system.WardstatProperties;

/**
 * Draws a {@link WardBriefing} with the user-editable template {@code ward-briefing.jrxml}.
 * The chart is handed over as a vector drawing, never an image. The PDF is written to a
 * temporary file and moved into place, so a reader never finds half a report.
 */
@Component
public class BriefingPdf {

    static final String TEMPLATE = "ward-briefing.jrxml";

    private final TemplateCache templates;

    @Autowired
    public BriefingPdf(WardstatProperties properties) {
        this(new TemplateCache(properties.templates()));
    }

    BriefingPdf(TemplateCache templates) {
        this.templates = templates;
    }

    public Path write(WardBriefing briefing, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".partial-", ".pdf");
            try (OutputStream out = Files.newOutputStream(partial)) {
                export(fill(briefing), out);
            } catch (RuntimeException | IOException | JRException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Không tạo được báo cáo " + target + ": " + e.getMessage(), e);
        }
    }

    JasperPrint fill(WardBriefing briefing) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("parentAgency", briefing.parentAgency());
        parameters.put("issuingAgency", briefing.issuingAgency());
        parameters.put("nationalName", briefing.vietnamese() ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM");
        parameters.put("nationalMotto", briefing.vietnamese() ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness");
        parameters.put("placeAndDate", briefing.placeAndDate());
        parameters.put("title", briefing.title());
        parameters.put("subject", briefing.subject());
        parameters.put("areaLine", briefing.areaLine());
        parameters.put("periodLabel", briefing.periodLabel());
        parameters.put("sectionHeading", briefing.sectionHeading());
        parameters.put("narrative", briefing.narrative());
        parameters.put("colIndicator", briefing.labels().indicator());
        parameters.put("colUnit", briefing.labels().unit());
        parameters.put("colCurrent", briefing.labels().current());
        parameters.put("colPrior", briefing.labels().prior());
        parameters.put("colChange", briefing.labels().change());
        parameters.put("colPercent", briefing.labels().percentChange());
        parameters.put("provenance", briefing.provenance());
        parameters.put("pageWord", briefing.vietnamese() ? "Trang" : "Page");
        parameters.put("chart", new JCommonDrawableRendererImpl(MonthlySeriesChart.of(briefing.chart())));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (WardBriefing.Row row : briefing.rows()) {
            rows.add(Map.of("indicator", row.indicator(), "unit", row.unit(), "current", row.current(),
                    "prior", row.prior(), "change", row.change(), "percentChange", row.percentChange()));
        }
        return JasperFillManager.fillReport(templates.get(TEMPLATE), parameters, new JRMapCollectionDataSource(rows));
    }

    private static void export(JasperPrint print, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }
}
