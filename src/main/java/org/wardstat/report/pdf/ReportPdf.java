package org.wardstat.report.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Draws a {@link ReportContent} with the user-editable templates: {@code ward-briefing.jrxml} or
 * {@code area-report.jrxml}, whose tables are the templates in {@code parts/}. Texts and figures
 * arrive as parameters and rows; charts as vector drawings.
 */
@Component
public class ReportPdf {

    static final String WARD_TEMPLATE = "ward-briefing.jrxml";
    static final String AREA_TEMPLATE = "area-report.jrxml";
    static final List<String> PARTS = List.of("indicator-table", "criteria-table", "area-criteria-table", "ranking-table",
            "matrix-table", "rollout-table", "submissions-table");

    private final TemplateCache templates;

    @Autowired
    public ReportPdf(WardstatProperties properties) {
        this(new TemplateCache(properties.templates()));
    }

    ReportPdf(TemplateCache templates) {
        this.templates = templates;
    }

    public void write(ReportContent content, Messages messages, OutputStream out) {
        try {
            export(fill(content, messages), out);
        } catch (JRException e) {
            throw new IllegalStateException(messages.get("report.pdf-failed", content.unitCode(), e.getMessage()), e);
        }
    }

    /** Every template compiled (or taken from the cache): a broken one fails here, naming its file and line. */
    public void checkTemplates() {
        templates.get(WARD_TEMPLATE);
        templates.get(AREA_TEMPLATE);
        parts();
    }

    JasperPrint fill(ReportContent content, Messages messages) throws JRException {
        Prepared prepared = prepare(content, messages);
        return JasperFillManager.fillReport(prepared.template(), prepared.parameters(), new JREmptyDataSource(1));
    }

    /** A compiled template and its filled-in parameters: what bare JasperReports needs to fill and export. */
    public record Prepared(JasperReport template, Map<String, Object> parameters) {
    }

    /** The template and parameters of a report, charts drawn: for the benchmark that times bare JasperReports. */
    public Prepared prepare(ReportContent content, Messages messages) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        p.put("parts", parts());
        letterhead(content.letterhead(), p);
        security(content.security(), p);
        attainment(content.attainment(), p);
        if (content.isArea()) {
            AreaParameters.put(content.area(), messages, p);
            p.put("missingHeading", messages.get("report.missing.area"));
        }
        ReportContent.Closing closing = content.closing();
        p.put("recipientsHeading", closing.recipientsHeading());
        p.put("recipients", String.join("\n", closing.recipients()));
        p.put("signerTitle", closing.signerTitle());
        p.put("signerName", closing.signerName());
        p.put("provenance", content.provenance().footer());
        // where the figures stand is read under the narrative, in the coverage line's place: the
        // templates users edit need no new field for it
        p.put("coverage", String.join("\n", java.util.stream.Stream.of(content.security().coverage(), content.provenance().standing())
                .filter(text -> text != null && !text.isBlank()).toList()));
        return new Prepared(templates.get(content.isArea() ? AREA_TEMPLATE : WARD_TEMPLATE), p);
    }

    /**
     * Bare JasperReports: fill and export prepared parameters, nothing of wardstat in between (the
     * row sources are rewound, so the same preparation can be filled again).
     */
    public static void fillAndExport(Prepared prepared, OutputStream out) throws JRException {
        for (Object value : prepared.parameters().values()) {
            if (value instanceof net.sf.jasperreports.engine.JRRewindableDataSource rows) {
                rows.moveFirst();
            }
        }
        export(JasperFillManager.fillReport(prepared.template(), prepared.parameters(), new JREmptyDataSource(1)), out);
    }

    private Map<String, JasperReport> parts() {
        Map<String, JasperReport> parts = new HashMap<>();
        for (String part : PARTS) {
            parts.put(part, templates.get("parts/" + part + ".jrxml"));
        }
        return parts;
    }

    private static void letterhead(ReportContent.Letterhead l, Map<String, Object> p) {
        p.put("parentAgency", l.parentAgency());
        p.put("issuingAgency", l.issuingAgency());
        p.put("number", l.number());
        p.put("nationalName", l.nationalName());
        p.put("nationalMotto", l.nationalMotto());
        p.put("placeAndDate", l.placeAndDate());
        p.put("title", l.title());
        p.put("subject", l.subject());
        p.put("areaLine", l.areaLine());
        p.put("periodLabel", l.periodLabel());
    }

    private static void security(ReportContent.Security s, Map<String, Object> p) {
        p.put("sectionSecurity", s.heading());
        p.put("narrative", s.narrative());
        p.put("coverage", s.coverage());
        p.put("colCurrent", s.currentLabel());
        p.put("colPrior", s.priorLabel());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportContent.IndicatorRow row : s.rows()) {
            rows.add(Map.of("indicator", row.name(), "unit", row.unit(), "current", row.currentText(), "prior", row.priorText(),
                    "change", row.changeText(), "percent", row.percentText(), "p", row.pText(), "significance", row.assessment()));
        }
        p.put("indicatorRows", new JRMapCollectionDataSource(rows));
        p.put("monthlyChart", Charts.monthly(s.chart()));
    }

    private static void attainment(ReportContent.Attainment a, Map<String, Object> p) {
        p.put("hasAttainment", a != null);
        if (a == null) {
            p.put("missingText", "");
            return;
        }
        p.put("sectionAttainment", a.heading());
        p.put("attainmentSummary", a.summary());
        p.put("attainmentCatalog", a.catalogName());
        Map<Integer, String> groupNames = new HashMap<>();
        a.groups().forEach(g -> groupNames.put(g.number(), g.number() + ". " + g.name() + " (" + g.met() + "/" + g.total() + ")"));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportContent.CriterionRow row : a.criteria()) {
            rows.add(Map.of("group", groupNames.getOrDefault(row.group(), String.valueOf(row.group())),
                    "number", String.valueOf(row.number()), "name", row.name(), "outcome", row.outcome(), "reason", row.reason()));
        }
        p.put("criteriaRows", new JRMapCollectionDataSource(rows));
        p.put("groupChart", Charts.groups(a.chart()));
        List<String> missing = a.missing().stream().map(m -> "– " + m.subject() + ": " + m.reason()).toList();
        p.put("missingText", String.join("\n", missing));
    }

    private static void export(JasperPrint print, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }
}
