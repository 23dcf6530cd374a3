package org.wardstat.web;

import java.util.List;

import org.wardstat.catalog.OrgUnit;
import org.wardstat.users.Scope;

/** One line of a unit select box: the units of a scope as a tree, each indented under its parent. */
public record UnitChoice(String code, String label) {

    static List<UnitChoice> of(Scope scope, WebText text) {
        int rootDepth = scope.root().map(root -> scope.catalog().ancestors(root).size()).orElse(0);
        return scope.units().stream().map(unit -> new UnitChoice(unit.code(), indent(scope, unit, rootDepth) + text.unit(unit)))
                .toList();
    }

    // non-breaking spaces: a browser keeps them at the start of an option
    private static String indent(Scope scope, OrgUnit unit, int rootDepth) {
        return "\u00a0\u00a0\u00a0".repeat(Math.max(0, scope.catalog().ancestors(unit).size() - rootDepth));
    }
}
