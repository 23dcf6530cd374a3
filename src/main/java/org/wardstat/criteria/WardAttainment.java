package org.wardstat.criteria;

import java.util.List;

import org.wardstat.catalog.OrgUnit;

/** A ward's year against its catalog: "đạt 21/22 tiêu chí", criterion by criterion, group by group. */
public record WardAttainment(OrgUnit ward, int year, CriteriaCatalog catalog, List<CriterionResult> results) {

    public WardAttainment {
        results = List.copyOf(results);
    }

    public int met() {
        return (int) results.stream().filter(CriterionResult::met).count();
    }

    public int total() {
        return results.size();
    }

    public boolean meetsAll() {
        return met() == total();
    }

    /** The criteria not met (not assessed included), in catalog order. */
    public List<CriterionResult> notMet() {
        return results.stream().filter(r -> !r.met()).toList();
    }

    public List<GroupResult> groups() {
        return catalog.groups().stream()
                .map(group -> new GroupResult(group, results.stream().filter(r -> r.criterion().group() == group.number()).toList()))
                .toList();
    }

    /** "đạt 21/22 tiêu chí". */
    public String count(boolean vietnamese) {
        return Reasons.count(this, vietnamese);
    }

    /** "đạt 21/22 tiêu chí, còn 1 tiêu chí chưa đạt — tiêu chí 5: diện tích làm việc của trụ sở …", as the seeds phrase it. */
    public String summary(boolean vietnamese) {
        return Reasons.summary(this, vietnamese);
    }
}
