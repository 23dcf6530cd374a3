package org.wardstat.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/** The job definitions in {@code jobs/*.job}, read and checked every time they are asked for, so an edit needs no restart of the CLI. */
@Service
public class JobDefinitions {

    private final WardstatProperties properties;
    private final CatalogRepository catalogs;
    private final ReportingCalendar calendar;
    private final Path folder;

    @org.springframework.beans.factory.annotation.Autowired
    JobDefinitions(WardstatProperties properties, CatalogRepository catalogs, @Value("${wardstat.periods:calendar}") String periods) {
        this(properties, catalogs, ReportingCalendar.of(periods), properties.jobs());
    }

    private JobDefinitions(WardstatProperties properties, CatalogRepository catalogs, ReportingCalendar calendar, Path folder) {
        this.properties = properties;
        this.catalogs = catalogs;
        this.calendar = calendar;
        this.folder = folder;
    }

    /** The same reader on another folder: a test's own jobs. */
    JobDefinitions inFolder(Path otherFolder) {
        return new JobDefinitions(properties, catalogs, calendar, otherFolder);
    }

    /** Every job, by name; the first bad file stops with a {@link JobFileException} naming it and its line. */
    public List<JobDefinition> all(Messages messages) {
        if (!Files.isDirectory(folder)) {
            throw new JobFileException(folder, 0, messages.get("job.folder.missing", folder));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".job")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var catalog = catalogs.load();
        List<JobDefinition> jobs = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            JobDefinition job = JobFiles.read(file, catalog, properties::resolve, calendar, messages);
            Path earlier = names.putIfAbsent(job.name(), file);
            if (earlier != null) {
                throw new JobFileException(file, 0, file + ": " + messages.get("job.file.same-name", job.name(), earlier));
            }
            jobs.add(job);
        }
        return jobs;
    }

    /** The job as its file says now: a run restarted after an edit works with the edit. */
    public JobDefinition read(Path file, Messages messages) {
        return JobFiles.read(file, catalogs.load(), properties::resolve, calendar, messages);
    }

    public List<JobDefinition> all() {
        return all(Messages.vietnamese());
    }

    public Optional<JobDefinition> find(String name, Messages messages) {
        return all(messages).stream().filter(job -> job.name().equals(name)).findFirst();
    }
}
