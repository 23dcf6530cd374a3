package org.wardstat.web.api;

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
import org.wardstat.catalog.OrgUnit;
import org.wardstat.criteria.AreaAttainment;
import org.wardstat.criteria.AttainmentService;
import org.wardstat.criteria.CriterionResult;
import org.wardstat.criteria.WardAttainment;
import org.wardstat.system.Messages;
import org.wardstat.web.Viewer;

/** The model-ward criteria a unit's wards meet in a year, as {@code ./wardstat attainment} prints them. */
@RestController
@ConditionalOnWebApplication
class AttainmentApi {

    record NotMet(int number, String criterion, String outcome, String reason) {
    }

    record Ward(String code, String name, int met, int total, boolean meetsAll, String words, List<NotMet> notMet) {
    }

    record Attainment(String unit, String unitName, int year, String catalog, int wards, int meetingAll, String summary,
                      List<Ward> attainment) {
    }

    private final AttainmentService attainment;

    AttainmentApi(AttainmentService attainment) {
        this.attainment = attainment;
    }

    @GetMapping("/api/v1/attainment")
    ResponseEntity<?> attainment(Viewer viewer, @RequestParam String unit, @RequestParam int year,
                                 @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
                                 @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        OrgUnit area = ApiRequest.unit(viewer, unit);
        if (attainment.catalogFor(year).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no criteria catalog covers " + year);
        }
        Messages messages = ApiRequest.messages(lang);
        boolean vi = messages.isVietnamese();
        AreaAttainment result = area.isWard() ? null : attainment.area(area, year);
        List<WardAttainment> wards = area.isWard() ? List.of(attainment.ward(area, year)) : result.wards();
        List<Ward> rows = new ArrayList<>();
        for (WardAttainment ward : wards) {
            List<NotMet> notMet = new ArrayList<>();
            for (CriterionResult missed : ward.notMet()) {
                notMet.add(new NotMet(missed.criterion().number(), vi ? missed.criterion().nameVi() : missed.criterion().nameEn(),
                        missed.outcome().name().toLowerCase(), missed.reason(vi)));
            }
            rows.add(new Ward(ward.ward().code(), ward.ward().name(vi), ward.met(), ward.total(), ward.meetsAll(), ward.count(vi), notMet));
        }
        Attainment answer = new Attainment(area.code(), area.name(vi), year, wards.isEmpty() ? null : wards.get(0).catalog().code(),
                rows.size(), (int) rows.stream().filter(Ward::meetsAll).count(),
                result == null ? rows.get(0).words() : result.summary(vi), rows);
        if (!ApiRequest.csv(format, accept)) {
            return ResponseEntity.ok(answer);
        }
        List<List<Object>> table = new ArrayList<>();
        rows.forEach(w -> table.add(List.of(w.code(), w.name(), year, w.met(), w.total(), w.meetsAll(),
                String.join("; ", w.notMet().stream().map(n -> n.number() + ". " + n.criterion()).toList()))));
        return Csv.of(List.of("ward", "name", "year", "met", "total", "meets_all", "not_met"), table);
    }
}
