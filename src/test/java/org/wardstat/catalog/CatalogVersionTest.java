package org.wardstat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wardstat.PipelineTest;

/** The loaded catalog is kept while the vocabulary stands still and read again as soon as anyone changes it (V37). */
class CatalogVersionTest extends PipelineTest {

    @Test
    void anUnchangedVocabularyIsNotReadAgain() {
        Catalog first = catalogs.load();
        assertThat(catalogs.load()).isSameAs(first);
    }

    @Test
    void aNewWardFromTheCatalogFilesIsSeenAtTheNextLoad() {
        Catalog before = catalogs.load();
        int wards = before.wards().size();
        catalogs.saveOrgUnits(List.of(new OrgUnit("phuong-moi", before.wards().get(0).parentCode(), "ward", "Phường Mới", "Moi Ward",
                null, null, List.of())));
        Catalog after = catalogs.load();
        assertThat(after).isNotSameAs(before);
        assertThat(after.wards()).hasSize(wards + 1);
        assertThat(after.unit("phuong-moi").map(OrgUnit::nameVi)).contains("Phường Mới");
    }

    @Test
    void aChangeMadeOutsideTheRepositoryIsSeenToo() {
        catalogs.load();
        jdbc.sql("update indicator set name_vi = 'Số vụ phạm tội' where code = 'social_order_crimes'").update();
        assertThat(catalogs.load().indicator("social_order_crimes").nameVi()).isEqualTo("Số vụ phạm tội");
        jdbc.sql("delete from org_unit_predecessor").update();
        jdbc.sql("insert into org_unit_predecessor (unit_code, predecessor_code) values ('duc-xuan', 'song-cau')").update();
        assertThat(catalogs.load().unit("duc-xuan").orElseThrow().predecessors()).containsExactly("song-cau");
    }
}
