package org.wardstat.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;

/**
 * The wards an area's year-over-year comparison adds up, for one window. Every ward under the
 * area that existed at some time in the window or a year earlier is a unit of its own, except
 * that a ward formed by a merger inside the compared span is one unit together with the wards it
 * replaced (its lineage): before the merger its months are theirs, summed. In an area that holds
 * the merged ward (the new ward itself, its province) the wards it replaced are not units of
 * their own; in an area that holds only an old ward (its former district) that ward stays one,
 * ending with its last month.
 */
final class ComparisonUnits {

    /**
     * @param ward        the ward whose name the unit carries
     * @param merged      a ward formed by a merger inside the compared span: its figures come from its lineage
     * @param existsNow   the ward exists at some time in the window
     * @param existedThen the ward, or one it replaced, existed at some time in the window a year earlier
     */
    record Unit(OrgUnit ward, boolean merged, boolean existsNow, boolean existedThen) {
    }

    private final Map<String, List<Unit>> unitsOfArea = new LinkedHashMap<>();
    private final Map<String, List<String>> areasOfPlainWard = new HashMap<>();
    private final Map<Unit, List<String>> areasOfMergedWard = new LinkedHashMap<>();

    ComparisonUnits(Catalog catalog, Collection<OrgUnit> areas, Window window) {
        Window prior = window.sameWindowYearEarlier();
        Set<String> asked = new HashSet<>();
        // the units that can count in an area asked for: a briefing's ward need not ask ten thousand others where they count
        Set<String> candidates = new HashSet<>();
        areas.forEach(area -> {
            asked.add(area.code());
            unitsOfArea.put(area.code(), new ArrayList<>());
            candidates.addAll(catalog.countingIn(area));
        });
        // merged wards whose history reaches into the compared span, and the areas each absorbs its old wards in
        Map<String, Set<String>> foldedAreas = new HashMap<>();
        Set<String> merged = new HashSet<>();
        for (OrgUnit ward : catalog.wardsFormedByMerger()) {
            if (ward.existsDuring(window.first(), window.last())
                    && prior.first().isBefore(ward.firstMonth())) {
                merged.add(ward.code());
                Set<String> areasOfNew = codes(catalog.areasOf(ward));
                for (OrgUnit old : catalog.lineage(ward).subList(1, catalog.lineage(ward).size())) {
                    foldedAreas.computeIfAbsent(old.code(), k -> new HashSet<>()).addAll(areasOfNew);
                }
            }
        }
        for (OrgUnit ward : catalog.wardsAmong(candidates)) {
            if (!ward.existsDuring(prior.first(), window.last())) {
                continue;
            }
            boolean isMerged = merged.contains(ward.code());
            Unit unit = new Unit(ward, isMerged, ward.existsDuring(window.first(), window.last()),
                    isMerged || ward.existsDuring(prior.first(), prior.last()));
            List<String> into = new ArrayList<>();
            for (OrgUnit area : catalog.areasOf(ward)) {
                if (asked.contains(area.code()) && (isMerged || !foldedAreas.getOrDefault(ward.code(), Set.of()).contains(area.code()))) {
                    into.add(area.code());
                    unitsOfArea.get(area.code()).add(unit);
                }
            }
            if (!into.isEmpty()) {
                if (isMerged) {
                    areasOfMergedWard.put(unit, into);
                } else {
                    areasOfPlainWard.put(ward.code(), into);
                }
            }
        }
    }

    /** The units of an area asked for, in catalog order. */
    List<Unit> of(OrgUnit area) {
        return unitsOfArea.get(area.code());
    }

    /** The areas asked for that a plain ward's own stored figures count in; empty when none. */
    List<String> areasOfPlainWard(String ward) {
        return areasOfPlainWard.getOrDefault(ward, List.of());
    }

    /** The plain wards with at least one area asked for. */
    Set<String> plainWards() {
        return areasOfPlainWard.keySet();
    }

    /** The merged wards, each with the areas asked for that hold it. */
    Map<Unit, List<String>> mergedWards() {
        return areasOfMergedWard;
    }

    private static Set<String> codes(Collection<OrgUnit> units) {
        Set<String> codes = new HashSet<>();
        units.forEach(unit -> codes.add(unit.code()));
        return codes;
    }
}
