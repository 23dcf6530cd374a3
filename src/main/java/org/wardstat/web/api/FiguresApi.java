package org.wardstat.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.analytics.AreaChange;
import org.wardstat.analytics.Coverage;
import org.wardstat.analytics.CurrentPeriod;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.AreaComparisonText;
import org.wardstat.report.PeriodLabels;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;
import org.wardstat.web.Viewer;

/**
 * A unit's figures over a window against the same window a year earlier: the numbers of
 * {@code ./wardstat compare} and of the report's table, from the same roll-up and the same rows,
 * with the report's words beside each. Numbers are plain JSON numbers; what is undefined (a
 * percentage over a zero base, a test that does not apply) is null, and the words say why.
 */
@RestController
@ConditionalOnWebApplication
class FiguresApi {

    record Unit(String code, String name, String level) {
    }

    record Period(String code, String name, String dates) {
    }

    record Wards(int reporting, int expected) {
        static Wards of(Coverage coverage) {
            return new Wards(coverage.reporting(), coverage.expected());
        }
    }

    record Printed(String current, String prior, String change, String percentChange, String pValue) {
    }

    record Figure(String code, String name, String unit, String kind, BigDecimal current, BigDecimal prior, BigDecimal change,
                  BigDecimal percentChange, Double pValue, String significance, String words, boolean comparable, Wards compared,
                  Printed printed) {
    }

    record Coverages(Wards current, Wards prior, Wards compared) {
    }

    record Figures(Unit unit, Period period, Coverages coverage, String comparedOn, List<Figure> indicators) {
    }

    private final RollUps rollUps;
    private final CurrentPeriod currentPeriod;

    FiguresApi(RollUps rollUps, CurrentPeriod currentPeriod) {
        this.rollUps = rollUps;
        this.currentPeriod = currentPeriod;
    }

    @GetMapping("/api/v1/figures")
    ResponseEntity<?> figures(Viewer viewer, @RequestParam String unit, @RequestParam String period,
                              @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        OrgUnit area = ApiRequest.unit(viewer, unit);
        Window window = ApiRequest.window(period);
        if (currentPeriod.isFuture(window)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the period " + window.code() + " is not over yet");
        }
        Messages messages = ApiRequest.messages(lang);
        RolledUp rolled = rollUps.of(viewer.scope().catalog(), area, window);
        AreaComparisonText text = new AreaComparisonText(messages);
        List<Figure> figures = new ArrayList<>();
        for (ReportContent.IndicatorRow row : text.rows(rolled)) {
            AreaChange change = rolled.indicator(row.code()).orElseThrow();
            figures.add(figure(row, change));
        }
        Figures answer = new Figures(new Unit(area.code(), area.name(messages.isVietnamese()), area.level()),
                new Period(window.code(), PeriodLabels.name(window, messages), PeriodLabels.dates(window, currentPeriod.calendar(), messages)),
                new Coverages(Wards.of(rolled.current()), Wards.of(rolled.prior()), Wards.of(rolled.compared())),
                text.compared(rolled), figures);
        if (ApiRequest.csv(format, accept)) {
            return csv(answer);
        }
        return ResponseEntity.ok(answer);
    }

    private static Figure figure(ReportContent.IndicatorRow row, AreaChange area) {
        IndicatorChange change = area.change();
        BigDecimal percent = change.percentChange();
        return new Figure(row.code(), row.name(), row.unit(), row.kind().name().toLowerCase(), row.current(), row.prior(),
                area.comparable() ? change.change() : null,
                area.comparable() && percent != null ? percent.setScale(2, RoundingMode.HALF_UP) : null,
                area.comparable() ? change.pValue() : null,
                area.comparable() && change.significance() != null ? change.significance().name().toLowerCase() : null,
                row.assessment(), area.comparable(), Wards.of(area.compared()),
                new Printed(row.currentText(), row.priorText(), row.changeText(), row.percentText(), row.pText()));
    }

    private static ResponseEntity<String> csv(Figures figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figure f : figures.indicators()) {
            rows.add(java.util.Arrays.asList(figures.unit().code(), figures.period().code(), f.code(), f.name(), f.unit(), plain(f.current()),
                    plain(f.prior()), plain(f.change()), plain(f.percentChange()), f.pValue(), f.words(), f.compared().reporting(),
                    f.compared().expected()));
        }
        return Csv.of(List.of("unit", "period", "indicator", "name", "measure", "current", "prior", "change", "percent_change",
                "p_value", "words", "wards_compared", "wards"), rows);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
