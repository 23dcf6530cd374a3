package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.analytics.LineageFiles;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;

/** An edition's indicators link to where each figure comes from; a user sees only their own subtree's. */
class ExplainPageTest extends WebTest {

    static final String CRIMES = "/explain?unit=tp-bac-kan&period=2024-Q1&indicator=social_order_crimes";

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    long edition;

    @BeforeEach
    void filesAndUsers() throws IOException {
        ingest.ingest(LineageFiles.quarter(temp), Messages.vietnamese());
        ingest.ingest(LineageFiles.revision(temp), Messages.vietnamese());
        user("lanh-dao.tp", Role.LEADER, "tp-bac-kan", "Hoàng Văn Lãnh");
        user("ha-noi", Role.ANALYST, "ha-noi", "Phạm Thị Hà");
        edition = edition("tp-bac-kan", "2024-Q1", "pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theArchiveLinksToTheEditionWhoseIndicatorsLinkToTheirSources() {
        WebSession leader = signedIn("lanh-dao.tp");
        assertThat(leader.get("/").text()).contains("/archive/" + edition + "\"", "Xem chỉ tiêu và nguồn số liệu");

        WebSession.Response page = leader.get("/archive/" + edition);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Các chỉ tiêu của báo cáo", "Tội phạm về trật tự xã hội (số vụ xảy ra)", "15 vụ", "60%",
                "/explain?unit=tp-bac-kan&amp;period=2024-Q1&amp;indicator=social_order_crimes", "/editions/" + edition);
    }

    @Test
    void theExplanationListsEachValueWithItsSourceAndAddsUp() {
        WebSession.Response page = signedIn("lanh-dao.tp").get(CRIMES);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Nguồn của con số", "Tội phạm về trật tự xã hội (số vụ xảy ra) — Thành phố Bắc Kạn, quý I/2024",
                "Phường Đức Xuân", "02/2024", "sua.csv, dòng 2", "sửa 2 → 5: quy1.csv, dòng 6 → sua.csv, dòng 2",
                "quy1.csv, dòng 13", "Tổng 3 tháng của 2 phường: 15 vụ = số in trên báo cáo", "Không tính: Phường Sông Cầu");
    }

    @Test
    void aUserOfAnotherUnitIsRefused() {
        WebSession other = signedIn("ha-noi");
        assertThat(other.get(CRIMES).status()).isEqualTo(403);
        assertThat(other.get("/archive/" + edition).status()).isEqualTo(404);
        assertThat(other.get("/explain?unit=khong-co&period=2024&indicator=social_order_crimes").status()).isEqualTo(404);
        assertThat(signedIn("lanh-dao.tp").get("/explain?unit=tp-bac-kan&period=2024-13&indicator=social_order_crimes").status())
                .isEqualTo(400);
    }
}
