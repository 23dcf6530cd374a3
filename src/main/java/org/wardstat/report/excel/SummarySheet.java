package org.wardstat.report.excel;

import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * The first sheet: what the report is about, the narrative and the headline sentences, and
 * where the figures come from. Labels in column A, texts in a wide wrapped column B.
 */
final class SummarySheet {

    private static final int TEXT_WIDTH = 110;

    private SummarySheet() {
    }

    static void write(SheetWriter out, ReportContent content, Messages messages) {
        out.widths(28, TEXT_WIDTH);
        ReportContent.Letterhead head = content.letterhead();
        int row = 0;
        out.line(row++, head.subject(), out.styles.title, 1);
        row++;
        row = pair(out, row, messages.get("workbook.summary.unit"), content.unitName() + " (" + content.unitCode() + ")");
        row = pair(out, row, messages.get("workbook.summary.area"), head.areaLine());
        row = pair(out, row, messages.get("workbook.summary.period"), head.periodLabel());
        row = pair(out, row, messages.get("workbook.summary.agency"), head.issuingAgency());
        row++;
        ReportContent.Security security = content.security();
        out.line(row++, security.heading(), out.styles.bold, 1);
        out.line(row++, security.narrative(), out.styles.paragraph, 1);
        row = pair(out, row, messages.get("workbook.summary.coverage"), security.coverage());
        row = pair(out, row, messages.get("workbook.summary.standing"), content.provenance().standing());
        if (content.attainment() != null) {
            row = pair(out, row, messages.get("workbook.summary.attainment"), content.attainment().summary());
        }
        if (content.isArea()) {
            if (content.area().rollout() != null) {
                row = pair(out, row, messages.get("workbook.summary.rollout"), content.area().rollout().sentence());
            }
            if (content.area().submissions() != null) {
                row = pair(out, row, messages.get("workbook.summary.submissions"), content.area().submissions().sentence());
            }
        }
        row++;
        out.line(row++, messages.get("workbook.summary.provenance"), out.styles.bold, 1);
        ReportContent.Provenance provenance = content.provenance();
        row = pair(out, row, messages.get("workbook.summary.last-load"), provenance.lastLoad());
        row = pair(out, row, messages.get("workbook.summary.run"), provenance.runId());
        pair(out, row, messages.get("workbook.summary.generated"), provenance.generatedAt());
        SheetWriter.printOnA4(out.sheet);
    }

    /** A label and its text; nothing when there is no text (a ward briefing has no coverage line). */
    private static int pair(SheetWriter out, int row, String label, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        out.text(row, 0, label, out.styles.bold);
        out.text(row, 1, value, out.styles.paragraph);
        out.row(row).setHeightInPoints(SheetWriter.lines(value, TEXT_WIDTH) * 15f);
        return row + 1;
    }
}
