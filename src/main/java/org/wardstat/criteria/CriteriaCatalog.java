package org.wardstat.criteria;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wardstat.catalog.Indicator;

/**
 * The criteria of one decision, e.g. the 22 provisional criteria of 5764/QĐ-BCA-V05 or the 20
 * criteria in 7 groups of 639/QĐ-BCA-V05, and the years it is used for.
 *
 * @param lastYear the last year it applies to; null while it is in force
 * @param source   the file its criteria were read from
 */
public record CriteriaCatalog(String code, String nameVi, String nameEn, int firstYear, Integer lastYear,
                              List<CriterionGroup> groups, List<Criterion> criteria, String source) {

    public CriteriaCatalog {
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
    }

    public boolean appliesTo(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }

    public String name(boolean vietnamese) {
        return vietnamese ? nameVi : nameEn;
    }

    /** A criterion by its code, or by its number written as text ("6"). */
    public Optional<Criterion> criterion(String codeOrNumber) {
        String wanted = codeOrNumber.strip();
        return criteria.stream()
                .filter(c -> c.code().equalsIgnoreCase(wanted) || String.valueOf(c.number()).equals(wanted))
                .findFirst();
    }

    public CriterionGroup group(int number) {
        return groups.stream().filter(g -> g.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No group " + number + " in " + code));
    }

    /** The indicators the rules read, rates included, in first-use order. */
    public List<Indicator> indicators() {
        Set<Indicator> used = new LinkedHashSet<>();
        criteria.stream().filter(Criterion::computed).forEach(c -> used.addAll(c.rule().indicators()));
        return List.copyOf(used);
    }

    /** True when some criterion or group still carries sample wording. */
    public boolean sampleWording() {
        return criteria.stream().anyMatch(Criterion::sampleWording) || groups.stream().anyMatch(CriterionGroup::sampleWording);
    }

    /** The applicable catalog of a year, if any. */
    public static Optional<CriteriaCatalog> forYear(List<CriteriaCatalog> catalogs, int year) {
        return catalogs.stream().filter(c -> c.appliesTo(year)).findFirst();
    }
}
