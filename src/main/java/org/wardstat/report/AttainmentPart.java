package org.wardstat.report;

import java.util.ArrayList;
import java.util.List;

import org.wardstat.criteria.AreaAttainment;
import org.wardstat.criteria.CriterionGroup;
import org.wardstat.criteria.CriterionResult;
import org.wardstat.criteria.WardAttainment;
import org.wardstat.system.Messages;

/**
 * Section II: the model-ward criteria of a year. For a ward each criterion with its outcome and
 * what is missing and why; for an area how many wards meet each criterion and each group, and
 * which wards fall short.
 */
final class AttainmentPart {

    private final Messages messages;
    private final boolean vi;

    AttainmentPart(Messages messages) {
        this.messages = messages;
        this.vi = messages.isVietnamese();
    }

    ReportContent.Attainment ward(WardAttainment attainment, boolean partialYear) {
        List<ReportContent.GroupRow> groups = attainment.groups().stream()
                .map(g -> new ReportContent.GroupRow(g.group().number(), g.group().name(vi), g.met(), g.total())).toList();
        List<ReportContent.CriterionRow> criteria = new ArrayList<>();
        List<ReportContent.MissingRow> missing = new ArrayList<>();
        for (CriterionResult result : attainment.results()) {
            String name = result.criterion().name(vi);
            criteria.add(new ReportContent.CriterionRow(result.criterion().number(), result.criterion().group(), name,
                    Narrative.capitalise(messages.get(result.outcome().key())), result.met(), result.reason(vi)));
            if (!result.met()) {
                missing.add(new ReportContent.MissingRow(
                        messages.get("report.criterion", result.criterion().number(), name), result.reason(vi)));
            }
        }
        String summary = messages.get("report.attainment.ward", attainment.ward().name(vi), attainment.summary(vi), attainment.year())
                + (partialYear ? " " + messages.get("report.attainment.partial-year") : "");
        return new ReportContent.Attainment(messages.get("report.section.attainment"), attainment.catalog().name(vi),
                attainment.year(), summary, groups, criteria, missing,
                new ReportContent.GroupChart(messages.get("report.chart.groups.ward", attainment.year()),
                        messages.get("report.chart.met"), messages.get("report.chart.total.criteria"), groups));
    }

    ReportContent.Attainment area(AreaAttainment attainment, boolean partialYear) {
        int wards = attainment.wards().size();
        List<ReportContent.GroupRow> groups = new ArrayList<>();
        for (CriterionGroup group : attainment.catalog().groups()) {
            int meeting = (int) attainment.wards().stream()
                    .filter(w -> w.groups().stream().filter(g -> g.group().number() == group.number())
                            .allMatch(g -> g.met() == g.total()))
                    .count();
            groups.add(new ReportContent.GroupRow(group.number(), group.name(vi), meeting, wards));
        }
        List<ReportContent.CriterionRow> criteria = attainment.catalog().criteria().stream().map(criterion -> {
            long meeting = attainment.wards().stream().filter(w -> w.results().stream()
                    .anyMatch(r -> r.criterion().number() == criterion.number() && r.met())).count();
            return new ReportContent.CriterionRow(criterion.number(), criterion.group(), criterion.name(vi),
                    meeting + "/" + wards, meeting == wards, "");
        }).toList();
        List<ReportContent.MissingRow> missing = attainment.wards().stream().filter(w -> !w.meetsAll())
                .map(w -> new ReportContent.MissingRow(w.ward().name(vi), messages.get("report.attainment.short", w.count(vi),
                        String.join(", ", w.notMet().stream().map(r -> String.valueOf(r.criterion().number())).toList()))))
                .toList();
        String summary = messages.get("report.attainment.area", attainment.area().name(vi), attainment.summary(vi), attainment.year())
                + (partialYear ? " " + messages.get("report.attainment.partial-year") : "");
        return new ReportContent.Attainment(messages.get("report.section.attainment"), attainment.catalog().name(vi),
                attainment.year(), summary, groups, criteria, missing,
                new ReportContent.GroupChart(messages.get("report.chart.groups.area", attainment.year()),
                        messages.get("report.chart.met-wards"), messages.get("report.chart.total.wards"), groups));
    }
}
