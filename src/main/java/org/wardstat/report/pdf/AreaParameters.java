package org.wardstat.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.wardstat.report.ReportContent;

/** Section III of an area report as template parameters: the ranking, the matrix, the rollout, the submissions. */
final class AreaParameters {

    private AreaParameters() {
    }

    static void put(ReportContent.AreaDetail area, org.wardstat.system.Messages messages, Map<String, Object> p) {
        boolean vietnamese = messages.isVietnamese();
        p.put("sectionWards", area.heading());
        ranking(area.ranking(), messages, p);
        matrix(area.matrix(), vietnamese, p);
        rollout(area.rollout(), p);
        submissions(area.submissions(), p);
    }

    private static void ranking(ReportContent.Ranking ranking, org.wardstat.system.Messages messages, Map<String, Object> p) {
        p.put("rankingHeading", ranking.heading());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportContent.RankRow row : ranking.rows()) {
            rows.add(Map.of("rank", row.rank(), "ward", row.ward(), "current", row.currentText(), "prior", row.priorText(),
                    "change", row.changeText(), "percent", row.percentText(), "p", row.pText(), "significance", row.significance()));
        }
        p.put("rankingRows", new JRMapCollectionDataSource(rows));
        p.put("changeChart", Charts.change(ranking.chart(), messages));
    }

    /** Marks as letters (Đ, K, C; M, N, U in English) that read the same in any font and in black and white. */
    private static void matrix(ReportContent.Matrix matrix, boolean vietnamese, Map<String, Object> p) {
        if (matrix == null) {
            return;
        }
        p.put("matrixHeading", matrix.heading());
        p.put("matrixLegend", matrix.legend());
        p.put("matrixCriteria", matrix.criteria());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportContent.MatrixRow row : matrix.rows()) {
            rows.add(Map.of("ward", row.ward(), "marks", row.marks().stream().map(mark -> letter(mark, vietnamese)).toList(),
                    "met", row.met() + "/" + row.total()));
        }
        p.put("matrixRows", new JRMapCollectionDataSource(rows));
    }

    static String letter(ReportContent.Mark mark, boolean vietnamese) {
        return switch (mark) {
            case MET -> vietnamese ? "Đ" : "M";
            case NOT_MET -> vietnamese ? "K" : "N";
            case NOT_ASSESSED -> vietnamese ? "C" : "U";
        };
    }

    private static void rollout(ReportContent.RolloutPart rollout, Map<String, Object> p) {
        p.put("rolloutHeading", rollout.heading());
        p.put("rolloutSentence", rollout.sentence());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportContent.RolloutRow row : rollout.years()) {
            rows.add(Map.of("year", String.valueOf(row.year()), "wards", String.valueOf(row.wards()),
                    "selected", String.valueOf(row.selected()), "recognised", String.valueOf(row.recognised()),
                    "percent", row.percentText(), "band", row.bandText(), "status", row.status()));
        }
        p.put("rolloutRows", new JRMapCollectionDataSource(rows));
        p.put("rolloutChart", Charts.rollout(rollout.chart()));
    }

    private static void submissions(ReportContent.Submissions submissions, Map<String, Object> p) {
        p.put("submissionsHeading", submissions.heading());
        p.put("submissionsSentence", submissions.sentence());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportContent.SubmissionRow row : submissions.rows()) {
            rows.add(Map.of("ward", row.ward(), "status", row.status(), "submitted", row.submitted()));
        }
        p.put("hasSubmissionRows", !rows.isEmpty());
        p.put("submissionRows", new JRMapCollectionDataSource(rows));
    }
}
