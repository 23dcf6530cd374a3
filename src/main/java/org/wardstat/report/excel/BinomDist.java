package org.wardstat.report.excel;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.poi.ss.formula.OperationEvaluationContext;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.EvaluationException;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.OperandResolver;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.udf.DefaultUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;

/**
 * Excel's BINOM.DIST(number_s, trials, probability_s, cumulative) for POI, which has no
 * implementation of its own: the workbook's p-values are live formulas, and POI computes the
 * value each one carries for viewers that do not calculate, with the same distribution the PDF's
 * figures come from. In the file the function is {@code _xlfn.BINOM.DIST}, as Excel 2010 and later
 * write it; Excel and LibreOffice recalculate it themselves.
 */
final class BinomDist implements FreeRefFunction {

    static final String NAME = "_xlfn.BINOM.DIST";

    /** Register with a workbook before writing formulas: POI's parser then knows the name. */
    static UDFFinder toolPack() {
        return new DefaultUDFFinder(new String[] {NAME}, new FreeRefFunction[] {new BinomDist()});
    }

    @Override
    public ValueEval evaluate(ValueEval[] args, OperationEvaluationContext context) {
        if (args.length != 4) {
            return ErrorEval.VALUE_INVALID;
        }
        try {
            int row = context.getRowIndex();
            int column = context.getColumnIndex();
            // Excel truncates the counts to whole numbers
            int successes = (int) OperandResolver.coerceValueToDouble(OperandResolver.getSingleValue(args[0], row, column));
            int trials = (int) OperandResolver.coerceValueToDouble(OperandResolver.getSingleValue(args[1], row, column));
            double probability = OperandResolver.coerceValueToDouble(OperandResolver.getSingleValue(args[2], row, column));
            Boolean cumulative = OperandResolver.coerceValueToBoolean(OperandResolver.getSingleValue(args[3], row, column), false);
            if (trials < 0 || successes < 0 || successes > trials || probability < 0 || probability > 1 || cumulative == null) {
                return ErrorEval.NUM_ERROR;
            }
            BinomialDistribution distribution = BinomialDistribution.of(trials, probability);
            return new NumberEval(cumulative ? distribution.cumulativeProbability(successes) : distribution.probability(successes));
        } catch (EvaluationException e) {
            return e.getErrorEval();
        }
    }
}
