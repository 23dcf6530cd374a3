package org.wardstat.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.Measure;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.criteria.CriterionResult.Outcome;
import org.wardstat.criteria.Finding.Side;
import org.wardstat.criteria.Rule.Comparison;
import org.wardstat.criteria.Rule.Constant;
import org.wardstat.criteria.Rule.Figure;
import org.wardstat.criteria.Rule.Operand;

/**
 * Decides a ward's year against a catalog. The figures come in as the year against the year
 * before, by indicator code, as {@link org.wardstat.analytics.YearOverYear} computes them for
 * one ward or a bulk query for many; the assessments of the ward's year by criterion code.
 */
public final class Attainment {

    private Attainment() {
    }

    public static WardAttainment evaluate(OrgUnit ward, int year, CriteriaCatalog catalog,
                                          Map<String, IndicatorChange> figures, Map<String, Assessment> assessments) {
        List<CriterionResult> results = catalog.criteria().stream()
                .map(criterion -> criterion.computed() ? computed(criterion, year, figures) : assessed(criterion, year, assessments.get(criterion.code())))
                .toList();
        return new WardAttainment(ward, year, catalog, results);
    }

    /** A computed criterion: every comparison of its rule must hold. */
    public static CriterionResult computed(Criterion criterion, int year, Map<String, IndicatorChange> figures) {
        List<Finding> findings = new ArrayList<>();
        for (Comparison part : criterion.rule().parts()) {
            findings.add(compare(part, criterion, year, figures));
        }
        boolean met = findings.stream().allMatch(Finding::met);
        return new CriterionResult(criterion, met ? Outcome.MET : Outcome.UNMET, findings);
    }

    public static CriterionResult assessed(Criterion criterion, int year, Assessment assessment) {
        if (assessment == null) {
            return new CriterionResult(criterion, Outcome.NOT_ASSESSED, List.of(new Finding.NotAssessed(year)));
        }
        return new CriterionResult(criterion, assessment.status().met() ? Outcome.MET : Outcome.UNMET,
                List.of(new Finding.Assessed(assessment)));
    }

    /**
     * Missing figures of the year come first (never met), then a rate over a zero base, then a
     * missing year before: the last two as the catalog decides for the criterion.
     */
    private static Finding compare(Comparison part, Criterion criterion, int year, Map<String, IndicatorChange> figures) {
        Finding zeroBase = null;
        Finding noPrior = null;
        List<Side> sides = new ArrayList<>(2);
        for (Operand operand : List.of(part.left(), part.right())) {
            if (operand instanceof Constant constant) {
                sides.add(new Side(constant, constant.value(), 0));
                continue;
            }
            Figure figure = (Figure) operand;
            IndicatorChange change = figures.get(figure.indicator().code());
            Measure measure = change == null ? Measure.notReported() : figure.prior() ? change.prior() : change.current();
            if (!measure.reported()) {
                if (!figure.prior()) {
                    return new Finding.NoData(figure, year);
                }
                noPrior = new Finding.NoPrior(figure, year, criterion.noPrior());
            } else if (measure.value() == null) {
                zeroBase = new Finding.ZeroBase(figure, figure.prior() ? year - 1 : year, criterion.zeroBase());
            }
            sides.add(new Side(figure, measure.value(), measure.monthsReported()));
        }
        if (zeroBase != null) {
            return zeroBase;
        }
        if (noPrior != null) {
            return noPrior;
        }
        BigDecimal left = sides.get(0).value();
        BigDecimal right = sides.get(1).value();
        return new Finding.Compared(part, sides.get(0), sides.get(1), year, part.operator().test(left, right));
    }
}
