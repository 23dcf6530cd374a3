package org.wardstat.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A node of the org-unit tree: country, province, district, ward (or any other level; after
 * the 2025 reorganisation wards sit directly under a province). Units are renamed and merged:
 * a unit exists from {@code validFrom} to {@code validTo} (either open), and a unit formed by a
 * merger names the units it replaced, so its history is the sum of theirs.
 */
public record OrgUnit(String code, String parentCode, String level, String nameVi, String nameEn,
                      LocalDate validFrom, LocalDate validTo, List<String> predecessors) {

    public OrgUnit {
        predecessors = List.copyOf(predecessors);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Unit " + code + " ends before it starts");
        }
    }

    /** A unit that has always existed and replaced nothing. */
    public OrgUnit(String code, String parentCode, String level, String nameVi, String nameEn) {
        this(code, parentCode, level, nameVi, nameEn, null, null, List.of());
    }

    public boolean isWard() {
        return "ward".equals(level);
    }

    public String name(boolean vietnamese) {
        return vietnamese ? nameVi : nameEn;
    }

    /** The first month the unit exists in, or null when it always has. */
    public YearMonth firstMonth() {
        return validFrom == null ? null : YearMonth.from(validFrom);
    }

    /** The last month the unit exists in, or null when it still does. */
    public YearMonth lastMonth() {
        return validTo == null ? null : YearMonth.from(validTo);
    }

    /** Whether the unit existed in (any part of) the month. */
    public boolean existsIn(YearMonth month) {
        return (validFrom == null || !month.isBefore(firstMonth())) && (validTo == null || !month.isAfter(lastMonth()));
    }

    /** Whether the unit existed at some time from the first month to the last. */
    public boolean existsDuring(YearMonth first, YearMonth last) {
        return (validFrom == null || !last.isBefore(firstMonth())) && (validTo == null || !first.isAfter(lastMonth()));
    }
}
