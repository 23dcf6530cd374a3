package org.wardstat.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * The Excel workbook of a report's scope and period, drawn from the same {@link ReportContent}
 * as the PDF: a summary, the indicators with live change formulas, the chart indicator month
 * by month, the criteria (a ward's list or an area's matrix), the monthly data, and for an area
 * the ranking and the rollout, and where every figure comes from (the sources). Every formula carries its computed value, so viewers that do not
 * calculate still show the figures.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {
    }

    /**
     * Writes the workbook to {@code out}; the caller owns the stream and the file it goes to.
     * Labels are in the language of {@code messages}; the content's texts are used as they are.
     */
    public static void write(ReportContent content, Messages messages, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = build(content, messages)) {
            workbook.write(out);
        }
    }

    /** The workbook in memory, formulas evaluated. */
    static XSSFWorkbook build(ReportContent content, Messages messages) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.addToolPack(BinomDist.toolPack()); // before any formula names it
        WorkbookStyles styles = new WorkbookStyles(workbook);
        SummarySheet.write(sheet(workbook, styles, messages, "summary"), content, messages);
        ReportContent.Security security = content.security();
        IndicatorSheet.write(sheet(workbook, styles, messages, "indicators"), content, messages);
        if (security.chart() != null && !security.chart().months().isEmpty()) {
            MonthlyChartSheet.write(sheet(workbook, styles, messages, "chart"), security.chart(), messages);
        }
        ReportContent.Attainment attainment = content.attainment();
        if (content.isArea()) {
            ReportContent.AreaDetail area = content.area();
            if (area.matrix() != null) {
                MatrixSheet.write(sheet(workbook, styles, messages, "matrix"), attainment, area.matrix(), messages);
            }
            if (area.ranking() != null) {
                RankingSheet.write(sheet(workbook, styles, messages, "ranking"), area.ranking(), security, messages);
            }
            if (area.rollout() != null) {
                RolloutSheet.write(sheet(workbook, styles, messages, "rollout"), area.rollout(), messages);
            }
        } else if (attainment != null) {
            CriteriaSheet.write(sheet(workbook, styles, messages, "criteria"), attainment, messages);
        }
        if (security.months() != null) {
            MonthlySheet.write(sheet(workbook, styles, messages, "monthly"), security.months(), messages);
        }
        if (!content.sources().isEmpty()) {
            SourcesSheet.write(sheet(workbook, styles, messages, "sources"), content.sources(), messages);
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        workbook.setActiveSheet(0);
        var properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(content.letterhead().subject());
        properties.setCreator("wardstat");
        return workbook;
    }

    private static SheetWriter sheet(XSSFWorkbook workbook, WorkbookStyles styles, Messages messages, String key) {
        return new SheetWriter(workbook.createSheet(messages.get("workbook.sheet." + key)), styles);
    }
}
