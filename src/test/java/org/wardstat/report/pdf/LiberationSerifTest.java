package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bundled Liberation Serif font extension, as the PDF exporter uses it. */
class LiberationSerifTest {

    private static final String FAMILY = "Liberation Serif";
    private static final String[] FACES = {"Regular", "Bold", "Italic", "BoldItalic"};
    private static final List<String> TEXTS = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            // a pangram with every tone mark (huyền, sắc, hỏi, ngã, nặng) and every Vietnamese vowel letter
            "Thuở ấy, ông già đội mũ lưỡi trai gõ cửa nhà quê, nhắn: “Đừng vội, hãy yên tâm ở lại phường ơi!”",
            "ĂẰẮẲẴẶ ÂẦẤẨẪẬ Đ ÊỀẾỂỄỆ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ƯỪỨỬỮỰ",
            "ăằắẳẵặ âầấẩẫậ đ êềếểễệ ôồốổỗộ ơờớởỡợ ưừứửữự");

    @Test
    void everyFaceHasEveryVietnameseLetter() throws Exception {
        List<String> letters = vietnameseLetters();
        for (String face : FACES) {
            try (InputStream in = getClass().getResourceAsStream("/fonts/liberation-serif/LiberationSerif-" + face + ".ttf")) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertThat(letters).as(face).allMatch(letter -> font.canDisplay(letter.codePointAt(0)));
            }
        }
        assertThat(letters).hasSize(2 + 24 * 6);
    }

    @Test
    void vietnameseSurvivesThePdfInAllFourStylesExactly() throws Exception {
        TinyReport report = new TinyReport(FAMILY);
        List<String> expected = new ArrayList<>();
        for (int style = 0; style < 4; style++) {
            for (String text : TEXTS) {
                report.text(text, FAMILY, style == 1 || style == 3, style >= 2);
                expected.add(text);
            }
        }

        PdfReading pdf = PdfReading.of(report.pdf());

        assertThat(pdf.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyFontInThePdfIsAnEmbeddedLiberationSerifFace() throws Exception {
        TinyReport report = new TinyReport(FAMILY);
        for (int style = 0; style < 4; style++) {
            report.text(TEXTS.get(0), FAMILY, style == 1 || style == 3, style >= 2);
        }

        List<String> fonts = PdfReading.of(report.pdf()).fonts();

        // subset prefix "ABCDEF+", then the PostScript name of the face (regular has no suffix)
        assertThat(fonts).allMatch(font -> font.matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic|-BoldItalic)?"), "embedded Liberation Serif");
        assertThat(fonts.stream().map(font -> font.substring(7)).distinct())
                .containsExactlyInAnyOrder("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                        "LiberationSerif-BoldItalic");
    }

    /** đ, Đ and the twelve vowel letters a ă â e ê i o ô ơ u ư y in both cases, bare and with each of the five tone marks. */
    private static List<String> vietnameseLetters() {
        List<String> letters = new ArrayList<>(List.of("đ", "Đ"));
        for (char vowel : "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".toCharArray()) {
            letters.add(String.valueOf(vowel));
            for (char tone : "\u0300\u0301\u0309\u0303\u0323".toCharArray()) {
                String letter = Normalizer.normalize("" + vowel + tone, Normalizer.Form.NFC);
                assertThat(letter).hasSize(1);
                letters.add(letter);
            }
        }
        return letters;
    }
}
