package org.wardstat.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.MonthlyValues;
import org.wardstat.analytics.ObservationRepository;
import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.analytics.Window;
import org.wardstat.analytics.YearOverYear;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/** Builds the briefing of one ward for one window from stored data. */
@Service
public class BriefingBuilder {

    /** The indicator the chart follows month by month. */
    static final String CHART_INDICATOR = "social_order_crimes";

    private final CatalogRepository catalogs;
    private final ObservationRepository observations;
    private final Clock clock;
    private final ReportingCalendar calendar;

    BriefingBuilder(CatalogRepository catalogs, ObservationRepository observations, Clock clock,
                    @Value("${wardstat.periods:calendar}") String periods) {
        this.catalogs = catalogs;
        this.observations = observations;
        this.clock = clock;
        this.calendar = ReportingCalendar.of(periods);
    }

    public WardBriefing build(String wardCode, Window window, Messages messages) {
        return build(catalogs.load(), wardCode, window, messages);
    }

    /** With the vocabulary already loaded, so a run of many briefings reads it once. */
    public WardBriefing build(Catalog catalog, String wardCode, Window window, Messages messages) {
        OrgUnit ward = catalog.unit(wardCode)
                .filter(OrgUnit::isWard)
                .orElseThrow(() -> new IllegalArgumentException(messages.get("report.unknown-ward", wardCode)));
        boolean vi = messages.isVietnamese();
        YearMonth from = YearMonth.of(window.first().getYear() - 1, 1);
        MonthlyValues values = observations.monthlyValues(ward, catalog, from, YearMonth.of(window.last().getYear(), 12));
        List<IndicatorChange> changes = YearOverYear.compare(catalog.indicators(), values, window);
        List<OrgUnit> ancestors = catalog.ancestors(ward);
        OrgUnit parent = ancestors.isEmpty() ? ward : ancestors.get(0);
        String period = PeriodLabels.name(window, messages);
        return new WardBriefing(
                vi, wardCode,
                messages.get("briefing.agency", parent.name(vi)).toUpperCase(locale(vi)),
                messages.get("briefing.agency", ward.name(vi)).toUpperCase(locale(vi)),
                placeAndDate(ancestors, vi, messages),
                messages.get("briefing.title"),
                messages.get("briefing.subject", ward.name(vi), period),
                areaLine(ward, ancestors, vi),
                messages.get("briefing.period", period, PeriodLabels.dates(window, calendar, messages)),
                messages.get("briefing.section.security"),
                Narrative.write(changes, window, messages) + mergerNote(ward, catalog, window, messages),
                new WardBriefing.TableLabels(messages.get("table.indicator"), messages.get("table.unit"),
                        Narrative.capitalise(period), messages.get("table.prior", window.sameWindowYearEarlier().last().getYear()),
                        messages.get("table.change"), messages.get("table.percent-change")),
                rows(changes, messages),
                series(catalog.indicator(CHART_INDICATOR), values, window, messages),
                provenance(catalog.lineage(ward).stream().map(OrgUnit::code).toList(), window, messages));
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

    private static List<WardBriefing.Row> rows(List<IndicatorChange> changes, Messages messages) {
        boolean vi = messages.isVietnamese();
        TableCells cells = new TableCells(messages);
        List<WardBriefing.Row> rows = new ArrayList<>();
        for (IndicatorChange change : changes) {
            if (!change.current().reported() && !change.prior().reported()) {
                continue;
            }
            Indicator indicator = change.indicator();
            rows.add(new WardBriefing.Row(indicator.name(vi), indicator.unit(vi),
                    cells.value(indicator, change.current()), cells.value(indicator, change.prior()),
                    cells.change(change), cells.percentChange(change)));
        }
        return rows;
    }

    private static WardBriefing.MonthlySeries series(Indicator indicator, MonthlyValues values, Window window, Messages messages) {
        int year = window.last().getYear();
        List<String> months = new ArrayList<>();
        List<BigDecimal> current = new ArrayList<>();
        List<BigDecimal> prior = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth m = YearMonth.of(year, month);
            months.add(messages.get("chart.month", month));
            current.add(m.isAfter(window.last()) ? null : values.get(indicator.code(), m));
            prior.add(values.get(indicator.code(), m.minusYears(1)));
        }
        boolean vi = messages.isVietnamese();
        return new WardBriefing.MonthlySeries(
                messages.get("chart.title", indicator.name(vi), year, year - 1),
                indicator.unit(vi), String.valueOf(year), String.valueOf(year - 1), months, current, prior);
    }

    /** "Thành phố Bắc Kạn, Tỉnh Bắc Kạn": the ward's ancestors below the country. */
    private static String areaLine(OrgUnit ward, List<OrgUnit> ancestors, boolean vi) {
        List<String> names = new ArrayList<>();
        for (OrgUnit unit : ancestors) {
            if (!unit.level().equals("country")) {
                names.add(unit.name(vi));
            }
        }
        return String.join(", ", names);
    }

    /** "Bắc Kạn, ngày 05 tháng 01 năm 2024": the province's short name and today's date (decree 30/2020). */
    private String placeAndDate(List<OrgUnit> ancestors, boolean vi, Messages messages) {
        String place = ancestors.stream().filter(u -> u.level().equals("province")).findFirst()
                .map(u -> u.name(vi).replaceFirst("^(Tỉnh|Thành phố) ", "").replaceFirst(" (province|city)$", ""))
                .orElse("");
        LocalDate today = LocalDate.now(clock);
        return messages.get("briefing.place-date", place, String.format("%02d", today.getDayOfMonth()),
                String.format("%02d", today.getMonthValue()), String.valueOf(today.getYear()));
    }

    private String provenance(List<String> units, Window window, Messages messages) {
        String generated = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        List<String> sources = observations.sources(units, window.sameWindowYearEarlier().first(), window.last());
        return messages.get("briefing.provenance", sources.isEmpty() ? "—" : String.join(", ", sources), generated);
    }

    private static Locale locale(boolean vi) {
        return vi ? Messages.VIETNAMESE : Locale.ENGLISH;
    }
}
