package org.wardstat.criteria;

import java.util.List;

/** One criterion for one ward and year: met, not met, or not assessed, and why. */
public record CriterionResult(Criterion criterion, Outcome outcome, List<Finding> findings) {

    public enum Outcome {
        MET, UNMET, NOT_ASSESSED;

        public String key() {
            return "criteria.outcome." + name().toLowerCase();
        }
    }

    public CriterionResult {
        findings = List.copyOf(findings);
    }

    public boolean met() {
        return outcome == Outcome.MET;
    }

    /**
     * The reason in words: the rule and the values ("tỷ lệ khám phá tội phạm về trật tự xã hội
     * 85,71% &lt; 90%"), or the assessment's date and note.
     */
    public String reason(boolean vietnamese) {
        return Reasons.of(this, vietnamese);
    }
}
