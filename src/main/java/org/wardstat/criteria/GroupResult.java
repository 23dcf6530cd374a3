package org.wardstat.criteria;

import java.util.List;

/** A group's criteria for one ward and year, e.g. "Nhóm 3: đạt 1/2". */
public record GroupResult(CriterionGroup group, List<CriterionResult> results) {

    public GroupResult {
        results = List.copyOf(results);
    }

    public int met() {
        return (int) results.stream().filter(CriterionResult::met).count();
    }

    public int total() {
        return results.size();
    }
}
