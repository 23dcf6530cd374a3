package org.wardstat.ingest;

/**
 * Characters a cell of statistics has no business holding: NUL (which PostgreSQL cannot store
 * in text at all) and the other control characters but tab, line feed and carriage return. A
 * row holding one is rejected; where its text is kept for the user (the reject file), each is
 * shown by its Unicode control picture (␀ for NUL), visible and storable.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The position of the first control character, or -1. */
    static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static String visible(String text) {
        if (text == null || firstIn(text) < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shown.append(!isControl(c) ? c : c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
        }
        return shown.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
