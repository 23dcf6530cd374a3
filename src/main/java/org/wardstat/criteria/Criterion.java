package org.wardstat.criteria;

/**
 * One criterion of a model-ward catalog. A computed criterion is decided by its rule over the
 * year's statistics; an assessed one by a person's assessment (đạt / chưa đạt, with a date and
 * evidence).
 *
 * @param number        the criterion's number in the catalog ("tiêu chí 6")
 * @param code          a short code that assessments name it by
 * @param group         the number of its group
 * @param sampleWording the name is sample text to be replaced by the official wording
 * @param rule          for a computed criterion, its rule; null for an assessed one
 * @param zeroBase      what a rate over a zero base counts as (no crime, so no clearance rate);
 *                      set exactly when the rule uses a rate
 * @param noPrior       what a comparison with the same period last year counts as when last
 *                      year has no figures; set exactly when the rule uses prior(…)
 * @param line          its line in the catalog file, for messages
 */
public record Criterion(int number, String code, int group, String nameVi, String nameEn, boolean sampleWording,
                        Kind kind, Rule rule, Verdict zeroBase, Verdict noPrior, int line) {

    public Criterion {
        if ((kind == Kind.COMPUTED) != (rule != null)) {
            throw new IllegalArgumentException("Criterion " + code + ": a computed criterion has a rule, an assessed one none");
        }
        if ((rule != null && rule.usesRate()) != (zeroBase != null) || (rule != null && rule.usesPrior()) != (noPrior != null)) {
            throw new IllegalArgumentException("Criterion " + code + ": zeroBase is set exactly for a rule on a rate, noPrior for one with prior(…)");
        }
    }

    public enum Kind {
        COMPUTED, ASSESSED;

        public String code() {
            return name().toLowerCase();
        }
    }

    public boolean computed() {
        return kind == Kind.COMPUTED;
    }

    public String name(boolean vietnamese) {
        return vietnamese ? nameVi : nameEn;
    }
}
