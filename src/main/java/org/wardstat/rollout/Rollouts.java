package org.wardstat.rollout;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;

/** Loads the rollout files against the stored org units, and gives an area's progress. */
@Service
public class Rollouts {

    private final RolloutRepository repository;
    private final CatalogRepository catalogs;
    private final Clock clock;

    Rollouts(RolloutRepository repository, CatalogRepository catalogs, Clock clock) {
        this.repository = repository;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /** Reads the designations file and, when all of it is valid, replaces the stored list with it. */
    public List<Designation> loadDesignations(Path file) {
        List<Designation> designations = RolloutFiles.readDesignations(file, catalogs.load(), LocalDate.now(clock));
        repository.replaceDesignations(designations);
        return designations;
    }

    /** Reads the targets file and, when all of it is valid, replaces the stored targets with it. */
    public List<RolloutTarget> loadTargets(Path file) {
        List<RolloutTarget> targets = RolloutFiles.readTargets(file, catalogs.load());
        repository.replaceTargets(targets);
        return targets;
    }

    /** The area's progress up to {@code lastYear}, or up to {@link #defaultLastYear} when it is null. */
    public Rollout progress(OrgUnit area, Integer lastYear) {
        Catalog catalog = catalogs.load();
        List<Designation> designations = repository.designations();
        int last = lastYear != null ? lastYear : defaultLastYear(area, catalog, designations);
        return RolloutProgress.of(area, catalog, designations, repository.targets(), last);
    }

    /**
     * The last finished year, since recognition is decided per year (and after it, e.g. in April),
     * or a later year the area's designations already mention.
     */
    int defaultLastYear(OrgUnit area, Catalog catalog, List<Designation> designations) {
        List<String> wards = catalog.wardsUnder(area).stream().map(OrgUnit::code).toList();
        IntStream mentioned = designations.stream().filter(d -> wards.contains(d.wardCode()))
                .flatMap(d -> Stream.of(d.yearSelected(), d.yearRecognised())).filter(y -> y != null).mapToInt(Integer::intValue);
        return Math.max(LocalDate.now(clock).getYear() - 1, mentioned.max().orElse(0));
    }
}
