package org.wardstat.catalog;

/**
 * A node of the org-unit tree: country, province, district, ward (or any other level; after
 * the 2025 reorganisation wards sit directly under a province).
 */
public record OrgUnit(String code, String parentCode, String level, String nameVi, String nameEn) {

    public boolean isWard() {
        return "ward".equals(level);
    }

    public String name(boolean vietnamese) {
        return vietnamese ? nameVi : nameEn;
    }
}
