package org.wardstat.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.wardstat.audit.AuditTrail;
import org.wardstat.catalog.Catalog;
import org.wardstat.ingest.FileWards;
import org.wardstat.ingest.FormProfile;
import org.wardstat.ingest.PeriodParser;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.ingest.SourceFiles;
import org.wardstat.system.WardstatProperties;

/**
 * A statistics file sent from the browser: checked for kind and content, stored under
 * data/uploads with a name of our own, refused whole when it names a ward outside the sender's
 * scope, then loaded the same way the command line loads it.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/uploads")
class UploadController {

    static final int MAX_REJECTS_SHOWN = 500;

    private final IngestService ingest;
    private final SourceFiles sourceFiles;
    private final WardstatProperties properties;
    private final Clock clock;
    private final WebText text;
    private final MessageSource messages;

    UploadController(IngestService ingest, SourceFiles sourceFiles, WardstatProperties properties, Clock clock, WebText text,
                     MessageSource messages) {
        this.messages = messages;
        this.ingest = ingest;
        this.sourceFiles = sourceFiles;
        this.properties = properties;
        this.clock = clock;
        this.text = text;
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("forms", forms());
        return "upload";
    }

    /**
     * @param period for a sheet that does not say its month, as {@code --period} on the command line
     * @param form   a form profile of forms/, as {@code --form}
     */
    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(name = "period", required = false) String period,
                  @RequestParam(name = "form", required = false) String form, Viewer viewer, Locale locale, Model model,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        model.addAttribute("forms", forms());
        String name = file.getOriginalFilename() == null ? "" : Path.of(file.getOriginalFilename()).getFileName().toString();
        Optional<UploadCheck.Kind> kind = UploadCheck.byName(name);
        if (kind.isEmpty()) {
            return refused(model, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "web.upload.refused.type", name);
        }
        try (InputStream in = file.getInputStream()) {
            if (!UploadCheck.contentFits(kind.get(), in)) {
                return refused(model, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "web.upload.refused.content." + kind.get().name().toLowerCase(Locale.ROOT), name);
            }
        }
        Optional<YearMonth> month = period == null || period.isBlank() ? Optional.empty() : PeriodParser.parse(period);
        if (period != null && !period.isBlank() && month.isEmpty()) {
            return refused(model, response, HttpServletResponse.SC_BAD_REQUEST, "web.upload.refused.period", period);
        }
        FormProfile profile = null;
        if (form != null && !form.isBlank()) {
            try {
                profile = forms().contains(form) ? FormProfile.read(formsFolder().resolve(form + ".form"), viewer.scope().catalog(),
                        WebConfiguration.messages(locale)) : null;
            } catch (FormProfile.Invalid invalid) {
                return refused(model, response, HttpServletResponse.SC_BAD_REQUEST, "web.upload.refused.form", invalid.getMessage());
            }
            if (profile == null) {
                return refused(model, response, HttpServletResponse.SC_BAD_REQUEST, "web.upload.refused.form", form);
            }
        }
        Path stored = store(file, UploadCheck.storedName(name, kind.get(), LocalDateTime.now(clock)));
        // ward names are looked up among the uploader's own wards, and the load records who sent it
        IngestService.Options options = new IngestService.Options(null, null, month.orElse(null), viewer.user().unitCode(), profile,
                new IngestService.Origin("upload", viewer.username()));
        Optional<FileWards.Mention> outside = outsideScope(stored, viewer, options);
        if (outside.isPresent()) {
            Files.delete(stored); // nothing of the file is kept
            FileWards.Mention ward = outside.get();
            Catalog catalog = viewer.scope().catalog();
            return refused(model, response, HttpServletResponse.SC_FORBIDDEN, "web.upload.refused.scope", name,
                    text.unit(catalog.unit(ward.code()).orElse(null)), ward.code(), ward.row(), text.unit(viewer.unit()));
        }
        IngestResult result = ingest.ingest(stored, options, WebConfiguration.messages(locale),
                AuditTrail.Actor.web(viewer.username(), request.getRemoteAddr(), viewer.user().unitCode()));
        List<SourceFiles.Problem> rejects = result.sourceFileId() > 0 ? sourceFiles.rejects(result.sourceFileId()) : List.of();
        model.addAttribute("fileName", name);
        model.addAttribute("result", result);
        model.addAttribute("rejects", rejects.size() > MAX_REJECTS_SHOWN ? rejects.subList(0, MAX_REJECTS_SHOWN) : rejects);
        model.addAttribute("rejectsTotal", rejects.size());
        return "upload-result";
    }

    /** The first ward the file names that exists but lies outside the viewer's subtree; unknown codes are the load's to reject. */
    private static Optional<FileWards.Mention> outsideScope(Path stored, Viewer viewer, IngestService.Options options) {
        Catalog catalog = viewer.scope().catalog();
        return FileWards.of(stored, options, catalog).stream()
                .filter(ward -> catalog.unit(ward.code()).map(unit -> !viewer.scope().contains(unit)).orElse(false))
                .findFirst();
    }

    /** The form profiles a user may choose: the .form files of forms/, by name. */
    private List<String> forms() {
        Path folder = formsFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".form"))
                    .map(f -> f.substring(0, f.length() - ".form".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path formsFolder() {
        return properties.resolve("forms");
    }

    private Path store(MultipartFile file, String storedName) {
        Path uploads = properties.data().resolve("uploads");
        try {
            Files.createDirectories(uploads);
            Path target = uploads.resolve(storedName);
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String refused(Model model, HttpServletResponse response, int status, String reason, Object... args) {
        response.setStatus(status);
        model.addAttribute("refusal", messages.getMessage(reason, args, LocaleContextHolder.getLocale()));
        return "upload";
    }
}
