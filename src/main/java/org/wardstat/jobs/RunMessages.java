package org.wardstat.jobs;

/**
 * Spring Batch keeps a failure as its exception's class, message and stack trace; people read
 * the message only.
 */
final class RunMessages {

    private RunMessages() {
    }

    /** "org.x.InboxNotLoaded: a.csv: …\n\tat …" → "a.csv: …"; null or blank → null. */
    static String readable(String exitMessage) {
        if (exitMessage == null || exitMessage.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String line : exitMessage.split("\n")) {
            if (line.startsWith("\tat ") || line.startsWith("\t... ") || line.startsWith("Caused by:")) {
                break;
            }
            text.append(text.isEmpty() ? line : "\n" + line);
        }
        String first = text.toString();
        int colon = first.indexOf(": ");
        // an exception's class name before its message: letters, dots and dollars, no spaces
        if (colon > 0 && first.substring(0, colon).matches("[\\w.$]+\\.[\\w$]+")) {
            first = first.substring(colon + 2);
        }
        return first.isBlank() ? null : first.strip();
    }
}
