package org.wardstat.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * JRXML templates are read from the templates folder at run time and compiled once; an edited
 * template (newer modification time) is compiled again, so changing one needs no rebuild.
 */
public final class TemplateCache {

    private record Compiled(FileTime modified, JasperReport report) {
    }

    /** A template that cannot be used; the message names the file. */
    public static final class TemplateException extends RuntimeException {
        TemplateException(Path file, Throwable cause) {
            super("Mẫu báo cáo " + file + " không dùng được: " + cause.getMessage(), cause);
        }
    }

    private final Path folder;
    private final Map<Path, Compiled> compiled = new ConcurrentHashMap<>();

    public TemplateCache(Path folder) {
        this.folder = folder;
    }

    public JasperReport get(String name) {
        Path file = folder.resolve(name);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Compiled cached = compiled.get(file);
            if (cached != null && cached.modified().equals(modified)) {
                return cached.report();
            }
            try (InputStream in = Files.newInputStream(file)) {
                JasperReport report = JasperCompileManager.compileReport(in);
                compiled.put(file, new Compiled(modified, report));
                return report;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được mẫu báo cáo " + file, e);
        } catch (JRException | RuntimeException e) {
            throw new TemplateException(file, e);
        }
    }
}
