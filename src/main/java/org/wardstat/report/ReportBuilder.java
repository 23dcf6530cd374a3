package org.wardstat.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.wardstat.approval.FigureStanding;
import org.wardstat.analytics.Explainer;
import org.wardstat.analytics.Lineage;
import org.wardstat.analytics.MonthlyValues;
import org.wardstat.analytics.ObservationRepository;
import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.criteria.AttainmentService;
import org.wardstat.analytics.Completeness;
import org.wardstat.rollout.Rollouts;
import org.wardstat.system.Messages;

/**
 * Builds what a report prints from stored data: the ward briefing of one ward, or the area
 * report of a district, city or province with its wards ranked, the criteria matrix, the rollout
 * and the submissions. Renderers take the result and query nothing.
 */
@Service
public class ReportBuilder {

    private final ObservationRepository observations;
    private final RollUps rollUps;
    private final AttainmentService attainment;
    private final Rollouts rollouts;
    private final Completeness completeness;
    private final SourceLoads loads;
    private final FigureStanding standing;
    private final Clock clock;
    private final ReportingCalendar calendar;
    private final Explainer explainer;

    ReportBuilder(ObservationRepository observations, RollUps rollUps, AttainmentService attainment, Rollouts rollouts,
                  Completeness completeness, SourceLoads loads, FigureStanding standing, Clock clock,
                  @Value("${wardstat.periods:calendar}") String periods, Explainer explainer) {
        this.explainer = explainer;
        this.standing = standing;
        this.observations = observations;
        this.rollUps = rollUps;
        this.attainment = attainment;
        this.rollouts = rollouts;
        this.completeness = completeness;
        this.loads = loads;
        this.clock = clock;
        this.calendar = ReportingCalendar.of(periods);
    }

    /** The report a unit gets: a briefing for a ward, an area report for anything above, with its workbook's sources. */
    public ReportContent build(Catalog catalog, String unitCode, Window window, Messages messages, String runId) {
        return build(catalog, unitCode, window, messages, runId, true);
    }

    /**
     * @param withSources whether to trace every figure to its stored months for the workbook's
     *                    sources sheet; a PDF, a mail or a web page prints none of it, and a ward
     *                    briefing spends half its time on it
     */
    public ReportContent build(Catalog catalog, String unitCode, Window window, Messages messages, String runId, boolean withSources) {
        OrgUnit unit = catalog.unit(unitCode)
                .orElseThrow(() -> new IllegalArgumentException(messages.get("report.unknown-unit", unitCode)));
        return unit.isWard() ? ward(catalog, unit, window, messages, runId, withSources)
                : area(catalog, unit, window, messages, runId, withSources);
    }

    ReportContent ward(Catalog catalog, OrgUnit ward, Window window, Messages messages, String runId, boolean withSources) {
        boolean vi = messages.isVietnamese();
        Map<OrgUnit, MonthlyValues> stored = stored(catalog.lineage(ward), window);
        Map<String, MonthlyValues> byCode = new java.util.HashMap<>();
        stored.forEach((unit, values) -> byCode.put(unit.code(), values));
        // a merged ward's months are its predecessors' sums: the lineage reads them from what was just fetched
        MonthlyValues values = Lineage.values(ward, catalog, firstMonth(window), lastMonth(window),
                (code, span) -> byCode.get(code).within(span));
        // the table's figures are the roll-up of the ward on its own: what `compare` prints for it, to the digit,
        // summed from the months just read rather than asked of the database again
        RolledUp figures = rollUps.ofWard(catalog, ward, window, values);
        int year = window.last().getYear();
        Window wholeYear = Window.year(year);
        SecurityPart security = new SecurityPart(messages);
        String period = PeriodLabels.name(window, messages);
        List<OrgUnit> ancestors = catalog.ancestors(ward);
        Letterheads letterheads = new Letterheads(messages);
        return new ReportContent(ReportContent.Kind.WARD, vi, ward.code(), ward.name(vi), window.code(),
                letterheads.letterhead(ward, ancestors, LocalDate.now(clock),
                        messages.get("briefing.subject", ward.name(vi), period), periodLabel(window, period, messages)),
                new ReportContent.Security(messages.get("briefing.section.security"),
                        narrative(figures, window, messages) + mergerNote(ward, catalog, window, messages), "",
                        Narrative.capitalise(period), messages.get("table.prior", window.sameWindowYearEarlier().last().getYear()),
                        security.rows(figures.indicators(), figures.compared()),
                        security.series(catalog.indicator(SecurityPart.CHART_INDICATOR), values, window),
                        security.table(catalog, stored, window)),
                attainment.catalogFor(year).map(c -> new AttainmentPart(messages).ward(attainment.ward(ward, year,
                                window.equals(wholeYear) ? figures : rollUps.ofWard(catalog, ward, wholeYear, values)), partial(window)))
                        .orElse(null),
                null,
                letterheads.closing(ward, ancestors),
                provenance(catalog, catalog.lineage(ward).stream().map(OrgUnit::code).toList(), window, messages, runId),
                withSources ? sources(catalog, ward, window, figures, messages) : List.of());
    }

    ReportContent area(Catalog catalog, OrgUnit area, Window window, Messages messages, String runId, boolean withSources) {
        boolean vi = messages.isVietnamese();
        Window prior = window.sameWindowYearEarlier();
        List<OrgUnit> wards = catalog.wardsUnder(area).stream().filter(w -> w.existsDuring(prior.first(), window.last())).toList();
        // the area, then each ward it compares (a merged ward standing for the wards it replaced), for the ranking
        List<OrgUnit> units = new ArrayList<>(List.of(area));
        units.addAll(rollUps.units(catalog, area, window));
        List<RolledUp> rolled = rollUps.of(catalog, units, window);
        RolledUp whole = rolled.get(0);

        Map<OrgUnit, MonthlyValues> stored = stored(wards, window);
        SecurityPart security = new SecurityPart(messages);
        var chartIndicator = catalog.indicator(SecurityPart.CHART_INDICATOR);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = firstMonth(window); !m.isAfter(lastMonth(window)); m = m.plusMonths(1)) {
            months.add(m);
        }
        String period = PeriodLabels.name(window, messages);
        List<OrgUnit> ancestors = catalog.ancestors(area);
        int year = window.last().getYear();
        AreaComparisonText words = new AreaComparisonText(messages);
        String narrative = narrative(whole, window, messages);
        var criteria = attainment.catalogFor(year).map(c -> attainment.area(area, year));
        AreaDetailPart detail = new AreaDetailPart(messages);
        Letterheads letterheads = new Letterheads(messages);
        return new ReportContent(ReportContent.Kind.AREA, vi, area.code(), area.name(vi), window.code(),
                letterheads.letterhead(area, ancestors, LocalDate.now(clock),
                        messages.get("report.subject.area", area.name(vi), period), periodLabel(window, period, messages)),
                new ReportContent.Security(messages.get("briefing.section.security"), narrative,
                        words.coverage(whole.current(), whole.prior()),
                        Narrative.capitalise(period), messages.get("table.prior", prior.last().getYear()),
                        security.rows(whole.indicators(), whole.compared()),
                        security.series(chartIndicator, SecurityPart.areaSums(chartIndicator, stored, months), window),
                        security.table(catalog, stored, window)),
                criteria.map(a -> new AttainmentPart(messages).area(a, partial(window))).orElse(null),
                new ReportContent.AreaDetail(messages.get("report.section.wards"),
                        detail.ranking(rolled.subList(1, rolled.size()), chartIndicator),
                        criteria.map(detail::matrix).orElse(null),
                        detail.rollout(rollouts.progress(area, year)),
                        detail.submissions(completeness.of(area, window.last()), clock.getZone())),
                letterheads.closing(area, ancestors),
                provenance(catalog, stored.keySet().stream().map(OrgUnit::code).toList(), window, messages, runId),
                withSources ? sources(catalog, area, window, whole, messages) : List.of());
    }

    /**
     * The opening paragraph, told only of what can be compared; when the comparison leaves wards
     * out (or all of them), it first says so and names them.
     */
    private static String narrative(RolledUp figures, Window window, Messages messages) {
        String text = Narrative.write(figures.indicators(), window, messages);
        String compared = figures.current().reporting() == 0 ? "" : new AreaComparisonText(messages).compared(figures);
        return compared.isEmpty() ? text : compared + " " + text;
    }

    /** A ward formed by a merger inside the compared span says what its earlier figures are. */
    private static String mergerNote(OrgUnit ward, Catalog catalog, Window window, Messages messages) {
        if (ward.predecessors().isEmpty() || !window.sameWindowYearEarlier().first().isBefore(ward.firstMonth())) {
            return "";
        }
        boolean vi = messages.isVietnamese();
        String names = String.join(", ", ward.predecessors().stream()
                .map(code -> catalog.unit(code).map(unit -> unit.name(vi)).orElse(code)).toList());
        return " " + messages.get("briefing.merger", names,
                ward.validFrom().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** Where each printed figure comes from, checked against the figures just rolled up (the workbook's sources sheet). */
    private List<ReportContent.SourceFigure> sources(Catalog catalog, OrgUnit unit, Window window, RolledUp figures, Messages messages) {
        if ((long) catalog.wardsUnder(unit).size() * window.months().size() > SourcesPart.MAX_WARD_MONTHS) {
            return List.of(); // a province's or the country's year: too many rows for a sheet; `explain` gives any figure
        }
        var indicators = figures.indicators().stream().map(change -> change.change().indicator()).toList();
        return new SourcesPart(messages, catalog, clock.getZone()).figures(explainer.explain(catalog, unit, window, indicators, figures));
    }

    /** The stored months of each unit, from January of the prior year to December of the window's year, in one query. */
    private Map<OrgUnit, MonthlyValues> stored(List<OrgUnit> units, Window window) {
        Map<String, MonthlyValues> byCode = observations.monthlyValues(units.stream().map(OrgUnit::code).toList(),
                firstMonth(window), lastMonth(window));
        Map<OrgUnit, MonthlyValues> stored = new LinkedHashMap<>();
        units.forEach(unit -> stored.put(unit, byCode.get(unit.code())));
        return stored;
    }

    /** January of the year before the window: the monthly chart shows both years whole. */
    private static YearMonth firstMonth(Window window) {
        return YearMonth.of(window.sameWindowYearEarlier().first().getYear(), 1);
    }

    private static YearMonth lastMonth(Window window) {
        return YearMonth.of(window.last().getYear(), 12);
    }

    /** Criteria are judged on a whole year; a shorter window shows the year so far and says so. */
    private static boolean partial(Window window) {
        return window.last().getMonthValue() != 12;
    }

    private String periodLabel(Window window, String period, Messages messages) {
        return messages.get("briefing.period", period, PeriodLabels.dates(window, calendar, messages));
    }

    private ReportContent.Provenance provenance(Catalog catalog, List<String> units, Window window, Messages messages, String runId) {
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        String generated = LocalDateTime.now(clock).format(minutes);
        List<SourceLoads.Load> sources = units.isEmpty() ? List.of()
                : loads.of(units, window.sameWindowYearEarlier().first(), window.last());
        String lastLoad;
        if (sources.isEmpty()) {
            lastLoad = messages.get("report.provenance.no-load");
        } else {
            SourceLoads.Load latest = sources.get(0);
            lastLoad = messages.get("report.provenance.load", latest.file(),
                    minutes.format(latest.loadedAt().atZone(clock.getZone())),
                    latest.runId() == null ? "—" : "#" + latest.runId(),
                    sources.size() == 1 ? "" : messages.get("report.provenance.others", sources.size() - 1));
        }
        return new ReportContent.Provenance(lastLoad, runId, generated,
                messages.get("report.provenance", lastLoad, runId, generated),
                standing.of(units, window).sentence(catalog, clock.getZone(), messages));
    }
}
