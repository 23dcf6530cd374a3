package org.wardstat.system;

/**
 * Cells of a CSV file written for people, made safe to open in a spreadsheet (the OWASP rule
 * against CSV injection): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is prefixed with an apostrophe, so that Excel and LibreOffice show it
 * as the text it is instead of running it as a formula ({@code =HYPERLINK(…)}, {@code +cmd|…}).
 * The rule is per cell: a negative number inside a longer cell, such as a file's original row,
 * is left alone; a cell that is itself "-2" reads "'-2", as the text that was rejected.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutral(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    public static Object[] neutral(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = neutral(cells[i]);
        }
        return safe;
    }
}
