package org.wardstat.report.excel;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportContent.CriterionRow;
import org.wardstat.report.ReportContent.GroupRow;
import org.wardstat.system.Messages;

/**
 * A ward's attainment: each criterion with its outcome and reason, then per group the criteria
 * met out of the group's criteria, counted with COUNTIFS over the list so that a corrected
 * outcome recounts.
 */
final class CriteriaSheet {

    static final int HEADER_ROW = 3;
    private static final int LAST_COLUMN = 4;

    private CriteriaSheet() {
    }

    static void write(SheetWriter out, ReportContent.Attainment attainment, Messages messages) {
        out.widths(10, 8, 60, 16, 50);
        out.line(0, attainment.heading(), out.styles.title, LAST_COLUMN);
        out.line(1, messages.get("workbook.criteria.catalog", attainment.catalogName(), String.valueOf(attainment.year())),
                out.styles.paragraph, LAST_COLUMN);
        out.line(2, attainment.summary(), out.styles.bold, LAST_COLUMN);
        out.header(HEADER_ROW, List.of(messages.get("workbook.column.group"), messages.get("workbook.column.number"),
                messages.get("workbook.column.criterion"), messages.get("workbook.column.outcome"),
                messages.get("workbook.column.reason")));
        List<CriterionRow> criteria = attainment.criteria();
        String met = metOutcome(criteria, messages);
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow criterion = criteria.get(i);
            int r = HEADER_ROW + 1 + i;
            out.number(r, 0, criterion.group(), out.styles.number("0"));
            out.number(r, 1, criterion.number(), out.styles.number("0"));
            out.text(r, 2, criterion.name(), out.styles.text);
            out.text(r, 3, criterion.outcome(), out.styles.text);
            out.text(r, 4, criterion.reason(), out.styles.text);
            out.row(r).setHeightInPoints(Math.max(SheetWriter.lines(criterion.name(), 60),
                    SheetWriter.lines(criterion.reason(), 50)) * 15f);
        }
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + Math.max(1, criteria.size());
        Highlights.outcomes(out.sheet, new CellRangeAddress(first, last, 3, 3), "$D" + (first + 1), met);
        out.table(HEADER_ROW, last, LAST_COLUMN);
        groups(out, attainment.groups(), last + 2, first, last, met, messages);
    }

    /** The group table below the list: number, name, met (COUNTIFS), total (COUNTIF). */
    private static void groups(SheetWriter out, List<GroupRow> groups, int top, int first, int last, String met,
            Messages messages) {
        out.line(top, messages.get("workbook.criteria.groups"), out.styles.bold, LAST_COLUMN);
        out.header(top + 1, List.of(messages.get("workbook.column.group"), "", messages.get("workbook.column.group-name"),
                messages.get("workbook.column.met"), messages.get("workbook.column.total")));
        String groupColumn = "$A$" + (first + 1) + ":$A$" + (last + 1);
        String outcomeColumn = "$D$" + (first + 1) + ":$D$" + (last + 1);
        for (int i = 0; i < groups.size(); i++) {
            GroupRow group = groups.get(i);
            int r = top + 2 + i;
            out.number(r, 0, group.number(), out.styles.number("0"));
            out.text(r, 1, "", out.styles.text);
            out.text(r, 2, group.name(), out.styles.text);
            out.row(r).setHeightInPoints(SheetWriter.lines(group.name(), 60) * 15f);
            String number = "A" + (r + 1);
            out.formula(r, 3, "COUNTIFS(" + groupColumn + "," + number + "," + outcomeColumn + "," + SheetWriter.literal(met) + ")",
                    out.styles.number("0"));
            out.formula(r, 4, "COUNTIF(" + groupColumn + "," + number + ")", out.styles.number("0"));
        }
    }

    /** The outcome text of a met criterion as the content words it ("Đạt"). */
    private static String metOutcome(List<CriterionRow> criteria, Messages messages) {
        return criteria.stream().filter(CriterionRow::met).map(CriterionRow::outcome).findFirst()
                .orElse(messages.get("workbook.mark.met"));
    }
}
