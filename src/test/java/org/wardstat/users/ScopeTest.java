package org.wardstat.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.OrgUnit;

/** Who sees what, on the sample org-unit tree: a unit and everything below it, nothing beside or above. */
class ScopeTest {

    private final Catalog catalog = new Catalog(List.of(), CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv")));

    private List<String> codes(Scope scope) {
        return scope.units().stream().map(OrgUnit::code).toList();
    }

    @Test
    void aDistrictSeesItselfAndItsWardsOnly() {
        Scope bacKanCity = Scope.of(catalog, "tp-bac-kan");

        assertThat(codes(bacKanCity)).containsExactly("tp-bac-kan", "duc-xuan", "phung-chi-kien", "huyen-tung",
                "nguyen-thi-minh-khai", "xuat-hoa", "song-cau");
        assertThat(bacKanCity.contains("duc-xuan")).isTrue();
        assertThat(bacKanCity.contains("bac-kan")).as("its province").isFalse();
        assertThat(bacKanCity.contains("vn")).as("the country").isFalse();
        assertThat(bacKanCity.contains("kim-ma")).as("a ward of another district").isFalse();
        assertThat(bacKanCity.contains("no-such-unit")).isFalse();
        assertThat(bacKanCity.contains((String) null)).isFalse();
    }

    @Test
    void aProvinceSeesEveryLevelBelowIt() {
        Scope haNoi = Scope.of(catalog, "ha-noi");

        assertThat(haNoi.contains("ba-dinh")).isTrue();
        assertThat(haNoi.contains("kim-ma")).as("a ward two levels down").isTrue();
        assertThat(haNoi.contains("phuong-ba-dinh")).as("the ward the 2025 merger formed, directly under the city").isTrue();
        assertThat(haNoi.contains("duc-xuan")).isFalse();
    }

    @Test
    void aWardSeesItselfAndTheRootSeesEverything() {
        assertThat(codes(Scope.of(catalog, "duc-xuan"))).containsExactly("duc-xuan");
        assertThat(Scope.of(catalog, "vn").units()).hasSameSizeAs(catalog.units());
    }

    @Test
    void aRunIsInScopeOnlyWhenEveryUnitItNamesIs() {
        Scope bacKanCity = Scope.of(catalog, "tp-bac-kan");

        assertThat(bacKanCity.containsAll(List.of("duc-xuan", "song-cau"))).isTrue();
        assertThat(bacKanCity.containsAll(List.of("duc-xuan", "kim-ma"))).isFalse();
        assertThat(bacKanCity.containsAll(List.of())).as("a run that names no unit is nobody's").isFalse();
    }

    @Test
    void aUserWhoseUnitLeftTheCatalogSeesNothing() {
        Scope gone = Scope.of(catalog, "quan-cu");

        assertThat(gone.root()).isEmpty();
        assertThat(gone.units()).isEmpty();
        assertThat(gone.contains("vn")).isFalse();
    }
}
