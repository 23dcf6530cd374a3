package org.wardstat.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The vocabulary as loaded: indicators in catalog order and the org-unit tree. */
public final class Catalog {

    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Map<String, Indicator> indicatorsByName = new HashMap<>();
    private final Map<String, OrgUnit> units = new LinkedHashMap<>();
    private final Map<String, List<OrgUnit>> successors = new HashMap<>();
    private final Map<String, List<OrgUnit>> children = new HashMap<>();
    private final List<OrgUnit> wards;
    private final List<OrgUnit> wardsFormedByMerger;
    private final Map<String, Integer> wardOrder = new HashMap<>();

    public Catalog(List<Indicator> indicators, List<OrgUnit> units) {
        for (Indicator indicator : indicators) {
            this.indicators.put(indicator.code(), indicator);
            for (String name : List.of(indicator.code(), indicator.nameVi(), indicator.nameEn())) {
                indicatorsByName.putIfAbsent(Names.normalize(name), indicator);
            }
        }
        units.forEach(unit -> this.units.put(unit.code(), unit));
        for (OrgUnit unit : units) {
            unit.predecessors().forEach(code -> successors.computeIfAbsent(code, k -> new ArrayList<>()).add(unit));
            if (unit.parentCode() != null) {
                children.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
            }
        }
        // asked for by every roll-up and briefing: ten thousand wards are filtered once, not on each call
        this.wards = this.units.values().stream().filter(OrgUnit::isWard).toList();
        this.wardsFormedByMerger = wards.stream().filter(ward -> !ward.predecessors().isEmpty()).toList();
        wards.forEach(ward -> wardOrder.put(ward.code(), wardOrder.size()));
    }

    /** Every org unit, in the order of the org-unit file. */
    public List<OrgUnit> units() {
        return List.copyOf(units.values());
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Indicator indicator(String code) {
        Indicator indicator = indicators.get(code);
        if (indicator == null) {
            throw new IllegalArgumentException("Unknown indicator " + code);
        }
        return indicator;
    }

    /** A column header by code, Vietnamese or English name, ignoring case and diacritics. */
    public Optional<Indicator> indicatorByHeader(String header) {
        return Optional.ofNullable(indicatorsByName.get(Names.normalize(header)));
    }

    public Optional<OrgUnit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    public List<OrgUnit> wards() {
        return wards;
    }

    /** The wards that replaced others (by merger or renaming): few, so a briefing need not look through every ward for them. */
    public List<OrgUnit> wardsFormedByMerger() {
        return wardsFormedByMerger;
    }

    /**
     * The wards among the given codes, in catalog order; other codes are ignored. A briefing asks
     * for a few wards and should not walk ten thousand to find them; a country asks for all of them.
     */
    public List<OrgUnit> wardsAmong(Set<String> codes) {
        if (codes.size() > wards.size() / 8) {
            return wards.stream().filter(ward -> codes.contains(ward.code())).toList();
        }
        return codes.stream().filter(wardOrder::containsKey).map(units::get)
                .sorted(Comparator.comparingInt(ward -> wardOrder.get(ward.code()))).toList();
    }

    /** The wards in the subtree of an area (the area itself when it is a ward), in catalog order. */
    public List<OrgUnit> wardsUnder(OrgUnit area) {
        if (area.isWard()) {
            return units.containsKey(area.code()) ? List.of(area) : List.of();
        }
        Set<String> subtree = reachable(area, unit -> children.getOrDefault(unit.code(), List.of()));
        return wards.stream().filter(ward -> subtree.contains(ward.code())).toList();
    }

    /**
     * The codes of every unit whose figures count in this one: the reverse of {@link #areasOf},
     * found by walking down to children and back to predecessors, so that a caller can skip the
     * units that cannot count in an area without asking each one.
     */
    public Set<String> countingIn(OrgUnit area) {
        return reachable(area, unit -> {
            List<OrgUnit> next = new ArrayList<>(children.getOrDefault(unit.code(), List.of()));
            unit.predecessors().forEach(code -> unit(code).ifPresent(next::add));
            return next;
        });
    }

    /** The codes of the unit and of every unit reached from it by the given steps. */
    private static Set<String> reachable(OrgUnit from, java.util.function.Function<OrgUnit, List<OrgUnit>> steps) {
        Set<String> found = new java.util.HashSet<>();
        Deque<OrgUnit> next = new ArrayDeque<>(List.of(from));
        while (!next.isEmpty()) {
            OrgUnit current = next.pop();
            if (found.add(current.code())) {
                next.addAll(steps.apply(current));
            }
        }
        return found;
    }

    /** The units formed (by merger or renaming) from this one. */
    public List<OrgUnit> successors(OrgUnit unit) {
        return List.copyOf(successors.getOrDefault(unit.code(), List.of()));
    }

    /** The unit and every unit it replaced, and those they replaced in turn: whose stored figures make its history. */
    public List<OrgUnit> lineage(OrgUnit unit) {
        List<OrgUnit> lineage = new ArrayList<>(List.of(unit));
        for (String code : unit.predecessors()) {
            unit(code).ifPresent(predecessor -> lineage.addAll(lineage(predecessor)));
        }
        return lineage;
    }

    /**
     * Every unit whose figures include this one's: itself, its ancestors and, for a unit merged
     * away, the unit that replaced it and that unit's ancestors (the areas RollUps adds a ward into).
     */
    public Set<OrgUnit> areasOf(OrgUnit unit) {
        Set<OrgUnit> areas = new LinkedHashSet<>();
        Deque<OrgUnit> next = new ArrayDeque<>(List.of(unit));
        while (!next.isEmpty()) {
            OrgUnit current = next.pop();
            if (areas.add(current)) {
                unit(current.parentCode() == null ? "" : current.parentCode()).ifPresent(next::add);
                next.addAll(successors(current));
            }
        }
        return areas;
    }

    /** The unit's ancestors, nearest first, up to the root. */
    public List<OrgUnit> ancestors(OrgUnit unit) {
        List<OrgUnit> chain = new ArrayList<>();
        OrgUnit current = unit;
        while (current.parentCode() != null && chain.size() < units.size()) {
            current = units.get(current.parentCode());
            if (current == null) {
                break;
            }
            chain.add(current);
        }
        return chain;
    }
}
