package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.system.Messages;

/** Templates compiled once per version of the file, and broken ones reported with file and line. */
class TemplateCacheTest {

    /** Line 4 holds the title band, line 6 the text field's expression. */
    private static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <jasperReport name="probe" language="java" pageWidth="595" pageHeight="842" columnWidth="515" leftMargin="40" rightMargin="40" topMargin="30" bottomMargin="30">
            	<parameter name="who" class="java.lang.String"/>
            	<title height="40">
            		<element kind="textField" x="0" y="0" width="300" height="20" fontName="DejaVu Sans">
            			<expression><![CDATA[$P{who}]]></expression>
            		</element>
            	</title>
            </jasperReport>
            """;

    @TempDir
    Path temp;
    Path folder;
    TemplateCache cache;

    @BeforeEach
    void folder() throws Exception {
        folder = Files.createDirectories(temp.resolve("report-templates"));
        cache = new TemplateCache(folder);
    }

    private TemplateException brokenBy(String from, String to) throws Exception {
        assertThat(GOOD).contains(from);
        Files.writeString(folder.resolve("x.jrxml"), GOOD.replace(from, to));
        return catchThrowableOfType(TemplateException.class, () -> cache.get("x.jrxml"));
    }

    @Test
    void malformedXmlNamesTheFileAndTheLineWhereParsingStopped() throws Exception {
        // the title tag is left unclosed on line 4: the parser stops at the '<' on line 5
        TemplateException e = brokenBy("<title height=\"40\">", "<title height=\"40\"");

        assertThat(e.line()).hasValue(5);
        assertThat(e.file()).isEqualTo(folder.resolve("x.jrxml"));
        assertThat(e.getMessage()).startsWith("Mẫu báo cáo report-templates/x.jrxml, dòng 5: tệp không phải XML hợp lệ (Unexpected '<'");
    }

    @Test
    void aJavaExpressionThatDoesNotCompileIsFoundOnItsLine() throws Exception {
        TemplateException e = brokenBy("$P{who}]]>", "$P{who}.nosuchMethod()]]>");

        assertThat(e.line()).hasValue(6);
        assertThat(e.getMessage()).isEqualTo("Mẫu báo cáo report-templates/x.jrxml, dòng 6: biểu thức không biên dịch được: "
                + "$P{who}.nosuchMethod() (The method nosuchMethod() is undefined for the type String)");
    }

    @Test
    void anUnknownFieldIsReportedInVietnameseOnItsLine() throws Exception {
        TemplateException e = brokenBy("[CDATA[$P{who}]]", "[CDATA[$F{nope}]]");

        assertThat(e.line()).hasValue(6);
        assertThat(e.reason()).isEqualTo("biểu thức không biên dịch được: $F{nope} (không có trường nope)");
    }

    @Test
    void anUnknownAttributeOrElementOrABadValueIsReportedOnItsLine() throws Exception {
        TemplateException attribute = brokenBy("<title height=\"40\">", "<title height=\"40\" colour=\"red\">");
        assertThat(attribute.line()).hasValue(4);
        assertThat(attribute.reason()).isEqualTo("không có thuộc tính hay phần tử \"colour\" ở vị trí này");

        TemplateException kind = brokenBy("kind=\"textField\"", "kind=\"textFeld\"");
        assertThat(kind.line()).hasValue(5);
        assertThat(kind.reason()).isEqualTo("không có loại phần tử kind=\"textFeld\"");

        TemplateException value = brokenBy("<title height=\"40\">", "<title height=\"forty\">");
        assertThat(value.line()).hasValue(4);
        assertThat(value.reason()).isEqualTo("giá trị \"forty\" không hợp lệ cho \"height\"");
    }

    @Test
    void errorsSpeakEnglishOnRequest() throws Exception {
        cache = new TemplateCache(folder, Messages.forLanguage("en"));

        TemplateException e = brokenBy("[CDATA[$P{who}]]", "[CDATA[$F{nope}]]");

        assertThat(e.getMessage()).isEqualTo("Report template report-templates/x.jrxml, line 6: expression does not compile: $F{nope} (no field nope)");
    }

    @Test
    void aMissingTemplateIsNamed() {
        TemplateException e = catchThrowableOfType(TemplateException.class, () -> cache.get("nowhere.jrxml"));

        assertThat(e.line()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Mẫu báo cáo report-templates/nowhere.jrxml: không tìm thấy tệp mẫu");
    }

    @Test
    void aTemplateIsCompiledOnceAndAgainAfterItsFileChanges() throws Exception {
        Path file = folder.resolve("x.jrxml");
        Files.writeString(file, GOOD);

        JasperReport first = cache.get("x.jrxml");
        assertThat(cache.get("x.jrxml")).isSameAs(first);

        Files.writeString(file, GOOD.replace("width=\"300\"", "width=\"310\""));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        JasperReport second = cache.get("x.jrxml");

        assertThat(second).isNotSameAs(first);
        assertThat(second.getTitle().getElements()[0].getWidth()).isEqualTo(310);
        assertThat(cache.get("x.jrxml")).isSameAs(second);
    }

    @Test
    void subreportsAreCompiledAlikeAndPassedToTheMainReportAsParameters() throws Exception {
        Files.createDirectories(folder.resolve("parts"));
        Files.writeString(folder.resolve("parts/greeting.jrxml"), GOOD);
        Files.writeString(folder.resolve("main.jrxml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <jasperReport name="main" language="java" pageWidth="595" pageHeight="842" columnWidth="515" leftMargin="40" rightMargin="40" topMargin="30" bottomMargin="30">
                	<parameter name="greeting" class="net.sf.jasperreports.engine.JasperReport"/>
                	<title height="40">
                		<element kind="subreport" x="0" y="0" width="515" height="20">
                			<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.JREmptyDataSource()]]></dataSourceExpression>
                			<expression><![CDATA[$P{greeting}]]></expression>
                			<parameter name="who">
                				<expression><![CDATA["Phường Đức Xuân"]]></expression>
                			</parameter>
                		</element>
                	</title>
                </jasperReport>
                """);

        Map<String, JasperReport> subreports = cache.subreports(Map.of("greeting", "parts/greeting.jrxml"));
        assertThat(subreports.get("greeting")).isSameAs(cache.get("parts/greeting.jrxml"));

        Map<String, Object> parameters = new HashMap<>(subreports);
        var print = JasperFillManager.fillReport(cache.get("main.jrxml"), parameters, new JREmptyDataSource());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JasperExportManager.exportReportToPdfStream(print, pdf);

        assertThat(PdfReading.of(pdf.toByteArray()).lines()).containsExactly("Phường Đức Xuân");
    }
}
