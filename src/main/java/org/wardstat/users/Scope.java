package org.wardstat.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;

/**
 * Which org units a user may see: the unit they belong to and everything below it. The one
 * check behind every listing, download, upload and report a user asks for. A user whose unit is
 * not (or no longer) in the catalog sees nothing.
 */
public final class Scope {

    private final Catalog catalog;
    private final OrgUnit root;

    private Scope(Catalog catalog, OrgUnit root) {
        this.catalog = catalog;
        this.root = root;
    }

    public static Scope of(Catalog catalog, String unitCode) {
        return new Scope(catalog, catalog.unit(unitCode == null ? "" : unitCode).orElse(null));
    }

    /** The user's own unit; empty when it is not in the catalog. */
    public Optional<OrgUnit> root() {
        return Optional.ofNullable(root);
    }

    public boolean contains(String unitCode) {
        return unitCode != null && catalog.unit(unitCode).map(this::contains).orElse(false);
    }

    public boolean contains(OrgUnit unit) {
        return root != null && (unit.equals(root) || catalog.ancestors(unit).contains(root));
    }

    /** Whether every one of the units is in scope; nothing is in scope of an empty list (a run that names no unit is nobody's). */
    public boolean containsAll(Collection<String> unitCodes) {
        return !unitCodes.isEmpty() && unitCodes.stream().allMatch(this::contains);
    }

    /** The units in scope, in catalog order. */
    public List<OrgUnit> units() {
        return catalog.units().stream().filter(this::contains).toList();
    }

    public Catalog catalog() {
        return catalog;
    }
}
