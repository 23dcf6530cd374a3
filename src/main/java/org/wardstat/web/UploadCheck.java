package org.wardstat.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.wardstat.catalog.Names;

/**
 * What an uploaded file must be before it is stored: a CSV or Excel workbook by its name and
 * by its bytes. A workbook starts with the zip signature; a CSV holds no NUL byte (text in
 * UTF-16, with its byte-order mark, no NUL character), so an executable or an image renamed to
 * .csv is refused before it reaches the loader.
 */
final class UploadCheck {

    enum Kind { CSV, XLSX }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private UploadCheck() {
    }

    /** The file's kind by its name: .csv or .xlsx, in any case. */
    static Optional<Kind> byName(String originalName) {
        String name = originalName == null ? "" : originalName.toLowerCase(Locale.ROOT).strip();
        return name.endsWith(".csv") ? Optional.of(Kind.CSV) : name.endsWith(".xlsx") ? Optional.of(Kind.XLSX) : Optional.empty();
    }

    /** Whether the bytes are what the name says. Reads the stream to its end for a CSV. */
    static boolean contentFits(Kind kind, InputStream in) throws IOException {
        byte[] head = in.readNBytes(4);
        if (head.length == 0) {
            return false;
        }
        if (kind == Kind.XLSX) {
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        return utf16 ? noNulCharacter(head, in) : noNulByte(head, in);
    }

    private static boolean noNulByte(byte[] head, InputStream in) throws IOException {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** UTF-16: a character is two bytes, and only a pair of zero bytes is a NUL. */
    private static boolean noNulCharacter(byte[] head, InputStream in) throws IOException {
        byte[] rest = in.readAllBytes();
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        for (int i = 0; i + 1 < all.length; i += 2) {
            if (all[i] == 0 && all[i + 1] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name the upload is stored under: time, a random part and the original name reduced to
     * plain letters, digits and dashes, so the load summaries still show which file it was and no
     * character of the user's name can reach the file system as a path.
     */
    static String storedName(String originalName, Kind kind, LocalDateTime now) {
        String base = originalName == null ? "" : originalName.replaceAll("(?i)\\.(csv|xlsx)$", "");
        String readable = Names.normalize(base).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return now.format(STAMP) + "-" + HexFormat.of().formatHex(random) + (readable.isEmpty() ? "" : "-" + readable)
                + "." + kind.name().toLowerCase(Locale.ROOT);
    }
}
