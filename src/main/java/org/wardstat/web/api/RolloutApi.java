package org.wardstat.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.rollout.Rollout;
import org.wardstat.rollout.Rollouts;
import org.wardstat.rollout.YearProgress;
import org.wardstat.web.Viewer;

/** How many of a unit's wards are recognised as model wards, year by year, against the targets, as {@code ./wardstat rollout}. */
@RestController
@ConditionalOnWebApplication
class RolloutApi {

    record Year(int year, int wards, int selected, int recognised, BigDecimal percent, BigDecimal targetFrom, BigDecimal targetTo,
                String status) {
    }

    record Progress(String unit, String unitName, String targetsOf, List<Year> years) {
    }

    private final Rollouts rollouts;

    RolloutApi(Rollouts rollouts) {
        this.rollouts = rollouts;
    }

    @GetMapping("/api/v1/rollout")
    ResponseEntity<?> rollout(Viewer viewer, @RequestParam String unit, @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        OrgUnit area = ApiRequest.unit(viewer, unit);
        boolean vi = ApiRequest.messages(lang).isVietnamese();
        Rollout rollout = rollouts.progress(area, year);
        List<Year> years = new ArrayList<>();
        for (YearProgress progress : rollout.years()) {
            years.add(new Year(progress.year(), progress.wards(), progress.selected(), progress.recognised(), progress.percent(),
                    progress.band() == null ? null : progress.band().lowerPercent(),
                    progress.band() == null ? null : progress.band().upperPercent(), progress.status().name().toLowerCase()));
        }
        Progress answer = new Progress(area.code(), area.name(vi), rollout.targetArea() == null ? null : rollout.targetArea().code(), years);
        if (!ApiRequest.csv(format, accept)) {
            return ResponseEntity.ok(answer);
        }
        List<List<Object>> table = new ArrayList<>();
        years.forEach(y -> table.add(java.util.Arrays.asList(area.code(), y.year(), y.wards(), y.selected(), y.recognised(), y.percent(),
                y.targetFrom(), y.targetTo(), y.status())));
        return Csv.of(List.of("unit", "year", "wards", "selected", "recognised", "percent", "target_from", "target_to", "status"), table);
    }
}
