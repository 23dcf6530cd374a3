package org.wardstat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The catalog finds a few wards, and the merged ones, without a caller walking every ward. */
class CatalogWardsTest {

    private final Catalog catalog = country();

    @Test
    void aFewWardsAskedForComeInCatalogOrderAndOtherCodesAreIgnored() {
        assertThat(catalog.wardsAmong(Set.of("w-037", "province", "w-003", "nowhere", "w-020")))
                .extracting(OrgUnit::code).containsExactly("w-003", "w-020", "w-037");
        // many codes take the other path (a filter of every ward): the same order, the same rule
        Set<String> many = new HashSet<>(List.of("district", "nowhere"));
        for (int i = 39; i >= 10; i--) {
            many.add(String.format("w-%03d", i));
        }
        assertThat(catalog.wardsAmong(many)).extracting(OrgUnit::code).first().isEqualTo("w-010");
        assertThat(catalog.wardsAmong(many)).hasSize(30).extracting(OrgUnit::code).isSorted();
        assertThat(catalog.wardsAmong(Set.of())).isEmpty();
    }

    @Test
    void theWardsFormedByMergerAreTheWardsThatNamePredecessors() {
        assertThat(catalog.wardsFormedByMerger()).extracting(OrgUnit::code).containsExactly("w-merged");
        assertThat(catalog.wardsFormedByMerger().get(0).predecessors()).containsExactly("w-001", "w-002");
    }

    private static Catalog country() {
        List<OrgUnit> units = new ArrayList<>();
        units.add(new OrgUnit("province", null, "province", "Tỉnh", "Province"));
        units.add(new OrgUnit("district", "province", "district", "Huyện", "District"));
        for (int i = 0; i < 40; i++) {
            String code = String.format("w-%03d", i);
            units.add(new OrgUnit(code, "district", "ward", "Phường " + i, "Ward " + i));
        }
        units.add(new OrgUnit("w-merged", "district", "ward", "Phường Mới", "New ward",
                LocalDate.of(2025, 7, 1), null, List.of("w-001", "w-002")));
        return new Catalog(List.of(), units);
    }
}
