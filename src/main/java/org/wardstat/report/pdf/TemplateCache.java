package org.wardstat.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.wardstat.system.Messages;

/**
 * JRXML templates are read from the templates folder at run time and compiled once; an edited
 * template (newer modification time) is compiled again, so changing one needs no rebuild. Main
 * reports and subreports are compiled alike; a main report receives its subreports compiled, as
 * parameters ({@link #subreports}). A broken template throws a {@link TemplateException} naming
 * the file and, where it can be told, the line.
 */
public final class TemplateCache {

    private record Compiled(FileTime modified, JasperReport report) {
    }

    private final Path folder;
    private final Messages messages;
    private final Map<Path, Compiled> compiled = new ConcurrentHashMap<>();

    /** Errors in Vietnamese. */
    public TemplateCache(Path folder) {
        this(folder, Messages.vietnamese());
    }

    public TemplateCache(Path folder, Messages messages) {
        this.folder = folder.toAbsolutePath().normalize();
        this.messages = messages;
    }

    /**
     * The compiled template of a file in the templates folder, e.g. "ward-briefing.jrxml" or a
     * subreport "parts/rollout-table.jrxml"; compiled on first use and after each change of the file.
     */
    public JasperReport get(String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("Template outside " + folder + ": " + name);
        }
        TemplateErrors errors = new TemplateErrors(messages, file, folder.getFileName() + "/" + name);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return compiled.compute(file, (key, cached) -> cached != null && cached.modified().equals(modified)
                    ? cached : new Compiled(modified, compile(file, errors))).report();
        } catch (NoSuchFileException e) {
            throw errors.missing(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Subreports as a main report's parameters take them: each parameter name with the compiled
     * template of its file, e.g. {@code Map.of("rolloutTable", "parts/rollout-table.jrxml")}. The
     * main template declares {@code <parameter name="rolloutTable" class="net.sf.jasperreports.engine.JasperReport"/>}
     * and uses {@code $P{rolloutTable}} as the subreport element's expression.
     */
    public Map<String, JasperReport> subreports(Map<String, String> filesByParameter) {
        Map<String, JasperReport> reports = new LinkedHashMap<>();
        filesByParameter.forEach((parameter, name) -> reports.put(parameter, get(name)));
        return reports;
    }

    private static JasperReport compile(Path file, TemplateErrors errors) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw errors.notUtf8(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JasperDesign design;
        try {
            design = JRXmlLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (JRException e) {
            throw errors.loading(new IllegalStateException(e));
        } catch (RuntimeException e) {
            throw errors.loading(e);
        }
        try {
            return JasperCompileManager.compileReport(design);
        } catch (JRException e) {
            throw errors.compiling(e, design, xml);
        }
    }
}
