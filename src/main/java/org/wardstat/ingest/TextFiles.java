package org.wardstat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file the way people save them: UTF-8 with or without a byte-order mark, or
 * UTF-16 with one (Excel's "Unicode text"). Decoding is strict, so a file in another encoding
 * fails with a clear error instead of loading garbled names.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** @param charset the encoding the user named, or null to detect it */
    public static Reader open(Path file, Charset charset) throws IOException {
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
        Charset detected = charset != null ? charset : skipByteOrderMark(in);
        CharsetDecoder decoder = detected.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /**
     * Decodes the whole file once, so an encoding fault anywhere is found before any row is
     * loaded rather than after the rows above it were committed.
     *
     * @throws java.nio.charset.CharacterCodingException if a byte sequence is not valid text
     */
    public static void checkDecodes(Path file) throws IOException {
        try (Reader reader = open(file, null)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
        }
    }

    private static Charset skipByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(3);
        int n = head.length;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            in.unread(head, 2, n - 2);
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            in.unread(head, 2, n - 2);
            return StandardCharsets.UTF_16BE;
        }
        in.unread(head, 0, n);
        return StandardCharsets.UTF_8;
    }

}
