package org.wardstat.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file the way people save them: UTF-8 with or without a byte-order mark, UTF-16
 * with one (Excel's "Unicode text"), or Windows-1258 (older Vietnamese Windows software).
 * Decoding is strict, so a file that is none of these fails with a clear error instead of
 * loading garbled names.
 */
public final class TextFiles {

    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextFiles() {
    }

    /** The file's encoding, told by its byte-order mark or else by whether all of it is valid UTF-8. */
    public static Charset detect(Path file) throws IOException {
        Charset marked = byteOrderMark(file);
        if (marked != null) {
            return marked;
        }
        try {
            checkDecodes(file, StandardCharsets.UTF_8);
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1258;
        }
    }

    /** A reader positioned after any byte-order mark. */
    public static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (byteOrderMark(file) != null && (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16"))) {
            in.skipNBytes(charset.equals(StandardCharsets.UTF_8) ? 3 : 2);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /**
     * Decodes the whole file once, so an encoding fault anywhere is found before any row is
     * loaded rather than after the rows above it were stored.
     *
     * @throws CharacterCodingException if a byte sequence is not valid text in the charset
     */
    public static void checkDecodes(Path file, Charset charset) throws IOException {
        try (Reader reader = open(file, charset)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
        }
    }

    private static Charset byteOrderMark(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
