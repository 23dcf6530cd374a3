package org.wardstat.report;

import java.math.BigDecimal;
import java.util.List;

import org.wardstat.catalog.Indicator;

/**
 * Everything a report prints, computed once from stored data: the PDF and the workbook draw it
 * and query nothing. Texts are already formatted in the report's language; the figures behind
 * them travel alongside as numbers, so the workbook can recompute changes with live formulas
 * and a test can trace every printed figure back to a number.
 *
 * <p>A ward briefing has no {@link AreaDetail}; an area report (district, city, province) has one.
 *
 * @param unitCode   the ward or area the report is about
 * @param periodCode the window's code, e.g. 2025, 2025-12, 2025-Q4
 * @param attainment null when no criteria catalog applies to the window's year
 * @param area       null for a ward briefing
 */
public record ReportContent(
        Kind kind,
        boolean vietnamese,
        String unitCode,
        String unitName,
        String periodCode,
        Letterhead letterhead,
        Security security,
        Attainment attainment,
        AreaDetail area,
        Closing closing,
        Provenance provenance,
        List<SourceFigure> sources) {

    public enum Kind { WARD, AREA }

    /** A report without the lineage of its figures (an empty {@code sources}). */
    public ReportContent(Kind kind, boolean vietnamese, String unitCode, String unitName, String periodCode, Letterhead letterhead,
                         Security security, Attainment attainment, AreaDetail area, Closing closing, Provenance provenance) {
        this(kind, vietnamese, unitCode, unitName, periodCode, letterhead, security, attainment, area, closing, provenance, List.of());
    }

    public ReportContent {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * Where one printed figure comes from (see {@code ./wardstat explain}): the stored values it adds
     * up and the sentence that adds them.
     *
     * @param sentence "Tổng 3 tháng của 2 phường: 15 vụ = số in trên báo cáo"
     * @param addsUp   the values give exactly the printed figure
     */
    public record SourceFigure(String indicatorCode, String indicatorName, String sentence, BigDecimal total, boolean addsUp,
                               List<SourceRow> rows) {
    }

    /**
     * One stored value behind a figure.
     *
     * @param unit      the ward (or merged ward) it counts for
     * @param ward      the ward that reported it
     * @param month     "2024-03"
     * @param indicator the stored indicator's name (a rate's numerator or denominator)
     * @param sheet     empty for a CSV file
     * @param row       null when the value was loaded before rows were kept
     * @param revisions the values it replaced, in words; empty when none
     */
    public record SourceRow(String unit, String wardCode, String ward, String month, String indicator, BigDecimal value,
                            String file, String sheet, Integer row, long load, String loadedAt, String revisions) {
    }

    /**
     * The head of an official report (Nghị định 30/2020, Phụ lục I).
     *
     * @param number       "Số:      /BC-CAP": the number itself is given by the clerk when the report is issued
     * @param placeAndDate "Bắc Kạn, ngày 05 tháng 01 năm 2024"
     * @param areaLine     where the unit sits, e.g. "Thành phố Bắc Kạn, Tỉnh Bắc Kạn"
     * @param periodLabel  the period with its dates, e.g. "Năm 2025 (từ 01/01/2025 đến 31/12/2025)"
     */
    public record Letterhead(String parentAgency, String issuingAgency, String number, String nationalName,
                             String nationalMotto, String placeAndDate, String title, String subject,
                             String areaLine, String periodLabel) {
    }

    /**
     * Section I: security and order against the same period a year earlier.
     *
     * @param coverage "Số phường có số liệu: 6/6 (cùng kỳ 6/6)" for an area; empty for a ward
     */
    public record Security(String heading, String narrative, String coverage, String currentLabel, String priorLabel,
                           List<IndicatorRow> rows, MonthlySeries chart, MonthlyTable months) {
    }

    /**
     * One indicator of the table. {@code current} and {@code prior} are null when there is no data
     * or a rate is undefined (zero base); the texts then say so in words.
     *
     * @param pText        the exact test's two-sided p-value ("0,077"), "—" when there is no test
     * @param significance the test's flag in words ("đáng chú ý"), "không so sánh được" when there is no comparison
     * @param note         over how many wards the row is compared when that is fewer than the report's other rows
     * @param comparable   false when no ward reported on both sides over the same months: then there is
     *                     no change, percentage or p-value, only the two sides' figures
     * @param tested       a comparable count of events: the p-value and the flag apply
     */
    public record IndicatorRow(String code, String name, String unit, Indicator.Kind kind, Indicator.Better better,
                               int decimals, BigDecimal current, BigDecimal prior,
                               String currentText, String priorText, String changeText, String percentText,
                               String pText, String significance, String note, boolean comparable, boolean tested) {

        /** The flag and the note as one cell says them: "dao động bình thường; trên 4/6 phường". */
        public String assessment() {
            return note.isEmpty() ? significance : significance.isEmpty() ? note : significance + "; " + note;
        }
    }

    /**
     * One indicator month by month, this year against last year. A null value is a month without
     * data (or not yet reached), drawn as a gap rather than a zero.
     */
    public record MonthlySeries(String title, String valueAxis, String currentLabel, String priorLabel,
                                List<String> months, List<BigDecimal> current, List<BigDecimal> prior) {
    }

    /**
     * The stored monthly values behind the report, one row per ward and month (the wards a merged
     * ward was formed from appear under their own names), one column per stored indicator.
     */
    public record MonthlyTable(List<String> indicatorCodes, List<String> indicatorNames, List<MonthlyRow> rows) {
    }

    /** @param month "2025-03"; a null value is a month the ward did not report */
    public record MonthlyRow(String unitCode, String unitName, String month, List<BigDecimal> values) {
    }

    /**
     * Section II: the model-ward criteria of the window's year.
     *
     * @param summary  "Phường Đức Xuân đạt 19/20 tiêu chí" or "2/6 phường đạt đủ tiêu chí"
     * @param groups   per criteria group: for a ward the criteria met of the group, for an area
     *                 the wards that meet every criterion of the group
     * @param criteria for a ward each criterion with its outcome; for an area each criterion with
     *                 the number of wards meeting it
     * @param missing  for a ward what is not met and why; for an area the wards not meeting all
     */
    public record Attainment(String heading, String catalogName, int year, String summary,
                             List<GroupRow> groups, List<CriterionRow> criteria, List<MissingRow> missing,
                             GroupChart chart) {
    }

    public record GroupRow(int number, String name, int met, int total) {
    }

    /** @param outcome "Đạt", "Không đạt", "Chưa đánh giá", or for an area "4/6" */
    public record CriterionRow(int number, int group, String name, String outcome, boolean met, String reason) {
    }

    /** @param subject a criterion ("Tiêu chí 7. ...") or, in an area report, a ward */
    public record MissingRow(String subject, String reason) {
    }

    /** Criteria (or wards) met per group, drawn as horizontal bars of met out of total. */
    public record GroupChart(String title, String metLabel, String totalLabel, List<GroupRow> groups) {
    }

    /** Section III of an area report. */
    public record AreaDetail(String heading, Ranking ranking, Matrix matrix, RolloutPart rollout, Submissions submissions) {
    }

    /** The wards ranked by the change of one indicator, best first; unranked wards last. */
    public record Ranking(String heading, String indicatorCode, String indicatorName, String unit,
                          Indicator.Better better, List<RankRow> rows, ChangeChart chart) {
    }

    /**
     * @param rank   "1", "2", or "–" for a ward that cannot be compared (no change, percentage or p-value then)
     * @param tested a ranked count of events: the p-value and the flag apply
     */
    public record RankRow(String rank, String wardCode, String ward, BigDecimal current, BigDecimal prior,
                          String currentText, String priorText, String changeText, String percentText,
                          String pText, String significance, boolean tested) {

        public boolean ranked() {
            return !rank.isEmpty() && Character.isDigit(rank.charAt(0));
        }
    }

    /**
     * Change by ward as diverging bars around zero. A null change is a ward that cannot be
     * compared (no bar).
     *
     * @param increaseIsBad true when a rise is a warning (crimes), so rising bars take the warning colour
     */
    public record ChangeChart(String title, String axisLabel, List<String> wards, List<BigDecimal> changes,
                              boolean increaseIsBad) {
    }

    /** Wards by criteria: which ward meets which criterion in the year. */
    public record Matrix(String heading, String legend, List<Integer> criteria, List<String> criterionNames,
                         List<MatrixRow> rows) {
    }

    public enum Mark { MET, NOT_MET, NOT_ASSESSED }

    public record MatrixRow(String wardCode, String ward, List<Mark> marks, int met, int total) {
    }

    /** Recognised wards year by year against the target band. */
    public record RolloutPart(String heading, String sentence, List<RolloutRow> years, RolloutChart chart) {
    }

    /**
     * @param percent  recognised share, null when the area had no ward that year
     * @param bandLow  the target band in force, null when there is none
     * @param bandYear the year the band is set for
     */
    public record RolloutRow(int year, int wards, int selected, int recognised, BigDecimal percent,
                             BigDecimal bandLow, BigDecimal bandHigh, Integer bandYear,
                             String percentText, String bandText, String status) {
    }

    public record RolloutChart(String title, String percentLabel, String bandLabel, List<RolloutRow> years) {
    }

    /** Submissions for the window's last month that came late or not at all. */
    public record Submissions(String heading, String sentence, List<SubmissionRow> rows) {
    }

    public record SubmissionRow(String wardCode, String ward, String status, String submitted) {
    }

    /** Signature block and recipients ("Nơi nhận"). */
    public record Closing(String signerTitle, String signerName, String recipientsHeading, List<String> recipients) {
    }

    /**
     * Where the figures come from.
     *
     * @param lastLoad    the latest load of the data used: file and time
     * @param runId       the report run that produced this edition
     * @param generatedAt when it was produced
     * @param footer      the line printed at the foot of every page
     * @param standing    whether the figures of the report's period are approved and locked, in one sentence
     *                    ("Số liệu của 2/6 phường chưa được duyệt."); empty when no ward has figures for it
     */
    public record Provenance(String lastLoad, String runId, String generatedAt, String footer, String standing) {
    }

    public boolean isArea() {
        return area != null;
    }
}
