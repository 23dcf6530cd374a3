package org.wardstat.report.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportContent.Mark;
import org.wardstat.report.ReportContent.Matrix;
import org.wardstat.report.ReportContent.MatrixRow;
import org.wardstat.system.Messages;

/**
 * An area's wards by criteria: a mark per ward and criterion as text, criteria met per ward and
 * wards meeting each criterion as COUNTIF formulas, marks coloured by conditional formatting.
 * The criteria's names are listed below, the columns being headed by number only.
 */
final class MatrixSheet {

    static final int HEADER_ROW = 3;
    private static final int KEYS = 2;

    private MatrixSheet() {
    }

    static void write(SheetWriter out, ReportContent.Attainment attainment, Matrix matrix, Messages messages) {
        List<Integer> criteria = matrix.criteria();
        int metColumn = KEYS + criteria.size();
        int lastColumn = metColumn + 1;
        int[] widths = new int[lastColumn + 1];
        widths[0] = 14;
        widths[1] = 24;
        for (int i = 0; i < criteria.size(); i++) {
            widths[KEYS + i] = 7;
        }
        widths[metColumn] = 12;
        widths[lastColumn] = 12;
        out.widths(widths);
        out.line(0, matrix.heading(), out.styles.title, lastColumn);
        out.line(1, attainment == null ? "" : attainment.summary(), out.styles.bold, lastColumn);
        out.line(2, matrix.legend(), out.styles.paragraph, lastColumn);
        List<String> header = new ArrayList<>(List.of(messages.get("workbook.column.ward-code"), messages.get("workbook.column.ward")));
        criteria.forEach(number -> header.add(messages.get("workbook.column.criterion-short", String.valueOf(number))));
        header.add(messages.get("workbook.column.met"));
        header.add(messages.get("workbook.column.total"));
        out.header(HEADER_ROW, header);

        String met = messages.get("workbook.mark.met");
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + Math.max(1, matrix.rows().size());
        String firstMark = CellReference.convertNumToColString(KEYS);
        String lastMark = CellReference.convertNumToColString(metColumn - 1);
        for (int i = 0; i < matrix.rows().size(); i++) {
            MatrixRow row = matrix.rows().get(i);
            int r = first + i;
            out.text(r, 0, row.wardCode(), out.styles.text);
            out.text(r, 1, row.ward(), out.styles.text);
            for (int c = 0; c < row.marks().size(); c++) {
                out.text(r, KEYS + c, mark(row.marks().get(c), messages), out.styles.text);
            }
            String marks = firstMark + (r + 1) + ":" + lastMark + (r + 1);
            out.formula(r, metColumn, "COUNTIF(" + marks + "," + SheetWriter.literal(met) + ")", out.styles.number("0"));
            out.formula(r, lastColumn, "COUNTA(" + marks + ")", out.styles.number("0"));
        }
        int count = last + 1;
        out.text(count, 0, "", out.styles.header);
        out.text(count, 1, messages.get("workbook.matrix.count"), out.styles.header);
        for (int c = 0; c < criteria.size(); c++) {
            String column = CellReference.convertNumToColString(KEYS + c);
            out.formula(count, KEYS + c, "COUNTIF(" + column + (first + 1) + ":" + column + (last + 1) + ","
                    + SheetWriter.literal(met) + ")", out.styles.number("0"));
        }
        Highlights.marks(out.sheet, new CellRangeAddress(first, last, KEYS, metColumn - 1), met,
                messages.get("workbook.mark.not-met"), messages.get("workbook.mark.not-assessed"));
        out.table(HEADER_ROW, last, lastColumn);
        out.sheet.createFreezePane(KEYS, HEADER_ROW + 1);
        names(out, criteria, matrix.criterionNames(), count + 2, lastColumn, messages);
    }

    private static void names(SheetWriter out, List<Integer> criteria, List<String> names, int top, int lastColumn,
            Messages messages) {
        out.line(top, messages.get("workbook.criteria.list"), out.styles.bold, lastColumn);
        for (int i = 0; i < names.size(); i++) {
            int r = top + 1 + i;
            out.text(r, 0, messages.get("workbook.column.criterion-short", String.valueOf(criteria.get(i))), out.styles.paragraph);
            out.text(r, 1, names.get(i), out.styles.paragraph);
            out.sheet.addMergedRegion(new CellRangeAddress(r, r, 1, lastColumn));
        }
    }

    static String mark(Mark mark, Messages messages) {
        return switch (mark) {
            case MET -> messages.get("workbook.mark.met");
            case NOT_MET -> messages.get("workbook.mark.not-met");
            case NOT_ASSESSED -> messages.get("workbook.mark.not-assessed");
        };
    }
}
