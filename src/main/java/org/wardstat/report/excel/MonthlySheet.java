package org.wardstat.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * The stored monthly values behind the report: one row per unit and month, one column per
 * indicator, numbers as numbers and a month without data as an empty cell. The month stays
 * text ("2025-03") so that Excel does not turn it into a date.
 */
final class MonthlySheet {

    private static final int HEADER_ROW = 0;
    private static final int KEYS = 3;
    private static final int INDICATORS_PER_PAGE = 12;

    private MonthlySheet() {
    }

    static void write(SheetWriter out, ReportContent.MonthlyTable table, Messages messages) {
        List<String> names = table.indicatorNames();
        int[] widths = new int[KEYS + names.size()];
        widths[0] = Math.max(12, longest(table.rows().stream().map(ReportContent.MonthlyRow::unitCode).toList()) + 2);
        widths[1] = Math.max(16, Math.min(40, longest(table.rows().stream().map(ReportContent.MonthlyRow::unitName).toList()) + 2));
        widths[2] = 10;
        for (int i = 0; i < names.size(); i++) {
            widths[KEYS + i] = 16;
        }
        out.widths(widths);
        List<String> header = new ArrayList<>(List.of(messages.get("workbook.column.code"),
                messages.get("workbook.column.ward"), messages.get("workbook.column.month")));
        header.addAll(names);
        out.header(HEADER_ROW, header);
        for (int i = 0; i < table.rows().size(); i++) {
            ReportContent.MonthlyRow row = table.rows().get(i);
            int r = HEADER_ROW + 1 + i;
            out.text(r, 0, row.unitCode(), out.styles.text);
            out.text(r, 1, row.unitName(), out.styles.text);
            out.text(r, 2, row.month(), out.styles.text);
            for (int c = 0; c < row.values().size(); c++) {
                BigDecimal value = row.values().get(c);
                out.number(r, KEYS + c, value, out.styles.measured(value));
            }
        }
        out.table(HEADER_ROW, HEADER_ROW + table.rows().size(), KEYS + names.size() - 1);
        // the ward and the month stay in view while scrolling through the indicators
        out.sheet.createFreezePane(KEYS, HEADER_ROW + 1);
        out.sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 1, 2));
        // one page wide would shrink thirty indicators below reading size: a page per dozen,
        // the ward and month repeated on each
        out.sheet.getPrintSetup().setFitWidth((short) pagesWide(names.size()));
    }

    static int pagesWide(int indicators) {
        return Math.max(1, (int) Math.ceil(indicators / (double) INDICATORS_PER_PAGE));
    }

    private static int longest(List<String> values) {
        return values.stream().mapToInt(v -> v == null ? 0 : v.length()).max().orElse(0);
    }
}
