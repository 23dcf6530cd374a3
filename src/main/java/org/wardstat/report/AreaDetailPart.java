package org.wardstat.report;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.WardRanking;
import org.wardstat.catalog.Indicator;
import org.wardstat.criteria.AreaAttainment;
import org.wardstat.criteria.CriterionResult;
import org.wardstat.criteria.WardAttainment;
import org.wardstat.analytics.Completeness;
import org.wardstat.rollout.Rollout;
import org.wardstat.rollout.RolloutText;
import org.wardstat.rollout.YearProgress;
import org.wardstat.system.Messages;

/**
 * Section III of an area report: the wards ranked by the change of one indicator, which ward
 * meets which criterion, recognised wards against the target band, and who sent figures late
 * or not at all.
 */
final class AreaDetailPart {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages messages;
    private final boolean vi;
    private final TableCells cells;
    private final AreaComparisonText words;

    AreaDetailPart(Messages messages) {
        this.messages = messages;
        this.vi = messages.isVietnamese();
        this.cells = new TableCells(messages);
        this.words = new AreaComparisonText(messages);
    }

    ReportContent.Ranking ranking(List<RolledUp> wards, Indicator indicator) {
        List<ReportContent.RankRow> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> changes = new ArrayList<>();
        for (WardRanking.Place place : WardRanking.rank(wards, indicator.code())) {
            IndicatorChange change = place.change().change();
            String ward = place.ward().name(vi);
            rows.add(new ReportContent.RankRow(place.ranked() ? String.valueOf(place.rank()) : "–", place.ward().code(), ward,
                    change.current().value(), change.prior().value(),
                    cells.value(indicator, change.current()), cells.value(indicator, change.prior()),
                    place.ranked() ? cells.change(change) : "—", place.ranked() ? cells.percentChange(change) : "—",
                    place.ranked() ? words.p(change) : "—",
                    place.ranked() ? words.meaning(change.significance()) : messages.get("compare.not-comparable"),
                    place.ranked() && change.pValue() != null));
            names.add(ward);
            changes.add(place.ranked() ? change.change() : null);
        }
        String name = indicator.name(vi);
        return new ReportContent.Ranking(messages.get("report.ranking", Narrative.lowerFirst(name)), indicator.code(), name,
                indicator.unit(vi), indicator.better(), rows,
                new ReportContent.ChangeChart(messages.get("report.chart.change", Narrative.lowerFirst(name)), messages.get("report.chart.change-axis", indicator.unit(vi)),
                        names, changes, indicator.better() == Indicator.Better.LOWER));
    }

    ReportContent.Matrix matrix(AreaAttainment attainment) {
        List<ReportContent.MatrixRow> rows = new ArrayList<>();
        for (WardAttainment ward : attainment.wards()) {
            List<ReportContent.Mark> marks = ward.results().stream().map(AreaDetailPart::mark).toList();
            rows.add(new ReportContent.MatrixRow(ward.ward().code(), ward.ward().name(vi), marks, ward.met(), ward.total()));
        }
        return new ReportContent.Matrix(messages.get("report.matrix", attainment.year()), messages.get("report.matrix.legend"),
                attainment.catalog().criteria().stream().map(c -> c.number()).toList(),
                attainment.catalog().criteria().stream().map(c -> c.name(vi)).toList(), rows);
    }

    private static ReportContent.Mark mark(CriterionResult result) {
        return switch (result.outcome()) {
            case MET -> ReportContent.Mark.MET;
            case UNMET -> ReportContent.Mark.NOT_MET;
            case NOT_ASSESSED -> ReportContent.Mark.NOT_ASSESSED;
        };
    }

    ReportContent.RolloutPart rollout(Rollout rollout) {
        RolloutText text = new RolloutText(messages);
        List<ReportContent.RolloutRow> years = new ArrayList<>();
        for (YearProgress year : rollout.years()) {
            years.add(new ReportContent.RolloutRow(year.year(), year.wards(), year.selected(), year.recognised(), year.percent(),
                    year.band() == null ? null : year.band().lowerPercent(), year.band() == null ? null : year.band().upperPercent(),
                    year.band() == null ? null : year.band().year(),
                    text.percent(year), year.band() == null ? "—" : text.band(year.band()), text.status(year)));
        }
        return new ReportContent.RolloutPart(messages.get("report.rollout"),
                text.sentence(rollout.latest(), rollout.fullTarget()), years,
                new ReportContent.RolloutChart(messages.get("report.chart.rollout", rollout.area().name(vi)),
                        messages.get("report.chart.recognised"), messages.get("report.chart.band"), years));
    }

    ReportContent.Submissions submissions(Completeness.Report report, ZoneId zone) {
        List<ReportContent.SubmissionRow> rows = new ArrayList<>();
        for (Completeness.WardSubmission ward : report.wards()) {
            if (ward.status() == Completeness.Status.ON_TIME) {
                continue;
            }
            rows.add(new ReportContent.SubmissionRow(ward.ward().code(), ward.ward().name(vi),
                    messages.get("report.submission." + ward.status().name().toLowerCase()),
                    ward.firstSubmitted() == null ? "—" : DAY_TIME.format(ward.firstSubmitted().atZone(zone))));
        }
        String month = String.format("%02d/%d", report.period().getMonthValue(), report.period().getYear());
        String sentence = messages.get("report.submissions.sentence", month, report.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                report.count(Completeness.Status.ON_TIME), report.wards().size(), report.count(Completeness.Status.LATE),
                report.count(Completeness.Status.MISSING), report.count(Completeness.Status.PENDING));
        return new ReportContent.Submissions(messages.get("report.submissions", month), sentence, rows);
    }
}
