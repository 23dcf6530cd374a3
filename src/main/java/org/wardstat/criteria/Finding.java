package org.wardstat.criteria;

import java.math.BigDecimal;

import org.wardstat.criteria.Rule.Comparison;
import org.wardstat.criteria.Rule.Figure;
import org.wardstat.criteria.Rule.Operand;

/**
 * Why a criterion is met or not: for a computed criterion one finding per comparison of its
 * rule, for an assessed one the assessment or its absence. {@link Reasons} puts them in words.
 */
public sealed interface Finding {

    boolean met();

    /**
     * One side of a comparison with its value.
     *
     * @param months for a figure, the months of the year that carried data; 0 for a number
     */
    record Side(Operand operand, BigDecimal value, int months) {
    }

    /** Both sides had a value and were compared. */
    record Compared(Comparison comparison, Side left, Side right, int year, boolean met) implements Finding {
    }

    /** The year has no figures for the indicator: never met. */
    record NoData(Figure figure, int year) implements Finding {
        @Override
        public boolean met() {
            return false;
        }
    }

    /** A rate whose base was 0 in the year (no crime, so no clearance rate): the catalog decides. */
    record ZeroBase(Figure figure, int year, Verdict decided) implements Finding {
        @Override
        public boolean met() {
            return decided.met();
        }
    }

    /** Last year has no figures to compare with: the catalog decides. */
    record NoPrior(Figure figure, int year, Verdict decided) implements Finding {
        @Override
        public boolean met() {
            return decided.met();
        }
    }

    record Assessed(Assessment assessment) implements Finding {
        @Override
        public boolean met() {
            return assessment.status().met();
        }
    }

    /** An assessed criterion nobody has assessed for the year: not met. */
    record NotAssessed(int year) implements Finding {
        @Override
        public boolean met() {
            return false;
        }
    }
}
