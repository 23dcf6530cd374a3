package org.wardstat.ingest;

import java.util.ArrayList;
import java.util.List;

import org.wardstat.catalog.Catalog;
import org.wardstat.ingest.FileHeader.Role;
import org.wardstat.system.Messages;

/**
 * What the user is told about a table found below a title: where it starts and what was
 * skipped above it, how it is laid out, where the month (or the ward) came from, which rows
 * carried no figures, and which totals were checked. Nothing is passed over silently.
 */
final class SheetNotes {

    private SheetNotes() {
    }

    static List<String> of(SheetTableReader.SheetReport report, Messages messages) {
        SheetTable table = report.table();
        List<String> notes = new ArrayList<>();
        if (table == null) {
            return notes;
        }
        String where = report.sheet.isEmpty() ? messages.get("load.where.file") : messages.get("load.where.sheet", report.sheet);
        if (!table.above().isEmpty() || table.lastHeaderRow() > table.headerRow()) {
            String header = table.lastHeaderRow() > table.headerRow() ? table.headerRow() + "–" + table.lastHeaderRow()
                    : String.valueOf(table.headerRow());
            notes.add(table.above().isEmpty() ? messages.get("load.table-header", where, header)
                    : messages.get("load.table-at", where, header, table.above().size(), rows(table.above())));
        }
        FileHeader header = table.header();
        if (header.layout() == FileHeader.Layout.TRANSPOSED) {
            boolean byMonth = header.columns().stream().anyMatch(c -> c.role() == Role.PERIOD_VALUES);
            notes.add(messages.get(byMonth ? "load.table-months" : "load.table-wards", where));
        }
        FileHeader.Context context = header.context();
        if (context.period() != null) {
            notes.add(messages.get("load.table-period", where, shown(context.period().text()), context.period().where()));
        }
        if (context.ward() != null) {
            notes.add(messages.get("load.table-ward", where, context.ward().text(), context.ward().where()));
        }
        Catalog catalog = context.labels() == null ? null : context.labels().catalog();
        if (catalog != null && context.area() != null && !table.plain()) {
            catalog.unit(context.area()).ifPresent(area -> notes.add(messages.get("load.table-area", where, area.name(messages.isVietnamese()))));
        }
        if (report.numbering != null) {
            notes.add(messages.get("load.numbering", where, report.numbering));
        }
        if (!report.skipped.isEmpty()) {
            notes.add(messages.get("load.rows-skipped", where, rows(report.skipped)));
        }
        if (!report.totals.isEmpty()) {
            notes.add(messages.get("load.total-rows", where, rows(report.totals)));
        }
        List<String> totalColumns = header.columns().stream().filter(c -> c.role() == Role.TOTAL)
                .map(c -> "“" + c.name() + "” (" + TableFinder.columnLetter(c.index()) + ")").toList();
        if (!totalColumns.isEmpty()) {
            notes.add(messages.get("load.total-columns", where, String.join(", ", totalColumns)));
        }
        List<String> unread = header.columns().stream().filter(c -> "unread".equals(c.stands()))
                .map(c -> "“" + c.name() + "” (" + TableFinder.columnLetter(c.index()) + ")").toList();
        if (!unread.isEmpty()) {
            notes.add(messages.get("load.columns-unread", where, String.join(", ", unread)));
        }
        return notes;
    }

    private static String shown(String period) {
        return PeriodParser.parse(period).map(TableFinder::month).orElse(period);
    }

    /** "1–4, 7, 9–10" */
    static String rows(List<Long> rows) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); ) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? String.valueOf(rows.get(i)) : rows.get(i) + "–" + rows.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
