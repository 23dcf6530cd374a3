package org.wardstat.report.excel;

import java.util.List;

import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * "Nguồn số liệu": for each figure of the report, the stored values it adds up (ward, month,
 * value, file, sheet, row, load, revisions), then the sentence that adds them up to the printed figure.
 */
final class SourcesSheet {

    private static final int HEADER_ROW = 0;
    static final int VALUE = 6;
    private static final int LAST = 12;

    private SourcesSheet() {
    }

    static void write(SheetWriter out, List<ReportContent.SourceFigure> figures, Messages messages) {
        out.widths(30, 22, 14, 22, 9, 30, 10, 24, 14, 7, 8, 16, 40);
        out.header(HEADER_ROW, List.of(messages.get("explain.column.figure"), messages.get("explain.column.unit"),
                messages.get("workbook.column.ward-code"), messages.get("workbook.column.ward"), messages.get("workbook.column.month"),
                messages.get("explain.column.indicator"), messages.get("explain.column.value"), messages.get("explain.column.file"),
                messages.get("explain.column.sheet"), messages.get("explain.column.row"), messages.get("explain.column.load"),
                messages.get("explain.column.loaded-at"), messages.get("explain.column.revisions")));
        int r = HEADER_ROW + 1;
        for (ReportContent.SourceFigure figure : figures) {
            for (ReportContent.SourceRow row : figure.rows()) {
                out.text(r, 0, figure.indicatorName(), out.styles.text);
                out.text(r, 1, row.unit(), out.styles.text);
                out.text(r, 2, row.wardCode(), out.styles.text);
                out.text(r, 3, row.ward(), out.styles.text);
                out.text(r, 4, row.month(), out.styles.text);
                out.text(r, 5, row.indicator(), out.styles.text);
                out.number(r, VALUE, row.value(), out.styles.measured(row.value()));
                out.text(r, 7, row.file(), out.styles.text);
                out.text(r, 8, row.sheet(), out.styles.text);
                if (row.row() != null) {
                    out.number(r, 9, row.row(), out.styles.number("0"));
                }
                out.number(r, 10, row.load(), out.styles.number("0"));
                out.text(r, 11, row.loadedAt(), out.styles.text);
                out.text(r, 12, row.revisions(), out.styles.text);
                r++;
            }
            out.text(r, 0, figure.indicatorName(), out.styles.bold);
            out.text(r, 1, figure.sentence(), out.styles.bold);
            out.number(r, VALUE, figure.total(), out.styles.measured(figure.total()));
            r++;
        }
        out.table(HEADER_ROW, r - 1, LAST);
    }
}
