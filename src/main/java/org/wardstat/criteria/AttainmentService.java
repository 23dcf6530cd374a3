package org.wardstat.criteria;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;

/**
 * Attainment on demand, from the stored catalogs, assessments and statistics: a ward's year, the
 * wards of an area in a year, a ward's years. Nothing is stored, so an edited threshold or a new
 * assessment shows at once.
 */
@Service
public class AttainmentService {

    private final CatalogRepository vocabulary;
    private final CriteriaRepository criteria;
    private final YearFigures figures;

    AttainmentService(CatalogRepository vocabulary, CriteriaRepository criteria, YearFigures figures) {
        this.vocabulary = vocabulary;
        this.criteria = criteria;
        this.figures = figures;
    }

    public List<CriteriaCatalog> catalogs() {
        return criteria.catalogs(vocabulary.load());
    }

    /** The catalog in force in a year, if any. */
    public Optional<CriteriaCatalog> catalogFor(int year) {
        return CriteriaCatalog.forYear(catalogs(), year);
    }

    /** @throws IllegalArgumentException when no catalog applies to the year */
    public WardAttainment ward(OrgUnit ward, int year) {
        return evaluate(List.of(ward), year, require(catalogs(), year)).get(0);
    }

    /**
     * A ward's year from its figures already rolled up (a briefing's, from the months it read):
     * the same attainment as {@link #ward(OrgUnit, int)}, without rolling the year up again.
     *
     * @throws IllegalArgumentException when no catalog applies to the year, or the figures are not the ward's year
     */
    public WardAttainment ward(OrgUnit ward, int year, RolledUp wardYear) {
        if (!wardYear.area().code().equals(ward.code()) || !wardYear.window().equals(Window.year(year))) {
            throw new IllegalArgumentException("Figures of " + wardYear.area().code() + " " + wardYear.window().code()
                    + " are not the year " + year + " of " + ward.code());
        }
        CriteriaCatalog catalog = require(catalogs(), year);
        Set<String> wanted = Set.copyOf(catalog.indicators().stream().map(org.wardstat.catalog.Indicator::code).toList());
        Map<String, Assessment> assessments = criteria.assessments(catalog.code(), year, Set.of(ward.code()))
                .getOrDefault(ward.code(), Map.of());
        return Attainment.evaluate(ward, year, catalog, RolledUpYearFigures.byIndicator(wardYear, wanted), assessments);
    }

    /** Every ward under the area (the area itself when it is a ward) that existed in the year. */
    public AreaAttainment area(OrgUnit area, int year) {
        Catalog catalog = vocabulary.load();
        CriteriaCatalog criteriaCatalog = require(criteria.catalogs(catalog), year);
        List<OrgUnit> wards = catalog.wardsUnder(area).stream()
                .filter(ward -> ward.existsDuring(YearMonth.of(year, 1), YearMonth.of(year, 12))).toList();
        return new AreaAttainment(area, year, criteriaCatalog, evaluate(wards, year, criteriaCatalog));
    }

    /** Each year the ward has statistics or assessments for and a catalog applies to, oldest first. */
    public WardHistory history(OrgUnit ward) {
        List<CriteriaCatalog> catalogs = catalogs();
        List<WardAttainment> years = new ArrayList<>();
        for (int year : criteria.years(ward.code())) {
            CriteriaCatalog.forYear(catalogs, year).ifPresent(catalog -> years.add(evaluate(List.of(ward), year, catalog).get(0)));
        }
        return new WardHistory(ward, years);
    }

    private List<WardAttainment> evaluate(List<OrgUnit> wards, int year, CriteriaCatalog catalog) {
        List<String> codes = wards.stream().map(OrgUnit::code).toList();
        Map<String, Map<String, org.wardstat.analytics.IndicatorChange>> yearFigures = figures.of(codes, year, catalog.indicators());
        Map<String, Map<String, Assessment>> assessments = criteria.assessments(catalog.code(), year, Set.copyOf(codes));
        return wards.stream()
                .map(ward -> Attainment.evaluate(ward, year, catalog, yearFigures.getOrDefault(ward.code(), Map.of()),
                        assessments.getOrDefault(ward.code(), Map.of())))
                .toList();
    }

    private static CriteriaCatalog require(List<CriteriaCatalog> catalogs, int year) {
        return CriteriaCatalog.forYear(catalogs, year)
                .orElseThrow(() -> new IllegalArgumentException("No criteria catalog applies to " + year));
    }
}
