package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.wardstat.jobs.RunHistory;
import org.wardstat.jobs.RunView;
import org.wardstat.users.Role;

/**
 * The operator's view on the management port: health (the database, the archive's disk) UP with
 * the database and DOWN without it, and the meters of loads, reports and runs. A short
 * connection timeout keeps the "without it" answer quick.
 */
@TestPropertySource(properties = "wardstat.db.connection-timeout=2s")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OperationsTest extends WebTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalManagementPort
    int managementPort;

    @Autowired
    DataSource dataSource;

    @Autowired
    RunHistory history;

    record Answer(int status, String body) {
    }

    @Test
    void healthIsUpWithTheDatabaseAndDownWithoutIt() throws Exception {
        Answer up = management("/actuator/health");
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(up.body()).startsWith("{\"components\":")
                .contains("\"db\":{\"details\":{\"database\":\"PostgreSQL\",\"validationQuery\":\"isValid()\"},\"status\":\"UP\"}",
                        "\"path\":\"" + properties.reports() + "\",\"exists\":true},\"status\":\"UP\"}")
                .doesNotContain("rabbit").endsWith("\"status\":\"UP\"}");
        assertThat(new WebSession(port).get("/actuator/health").status()).as("not on the pages' port").isIn(302, 404);

        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        String database = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        String maintenance = url.replace("/" + database, "/postgres");
        String user = ((HikariDataSource) dataSource).getUsername();
        String password = ((HikariDataSource) dataSource).getPassword();
        try (Connection admin = DriverManager.getConnection(maintenance, user, password); Statement sql = admin.createStatement()) {
            try {
                sql.execute("alter database \"" + database + "\" with allow_connections false");
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
                Answer down = management("/actuator/health");
                assertThat(down.status()).isEqualTo(503);
                assertThat(down.body()).contains("\"db\":{\"details\":{\"database\":\"PostgreSQL\",\"validationQuery\":\"isValid()\"},\"status\":\"DOWN\"}")
                        .endsWith("\"status\":\"DOWN\"}");
            } finally {
                sql.execute("alter database \"" + database + "\" with allow_connections true");
                // the pool's connections were ended by the server: new ones replace them (other contexts' pools
                // find theirs dead when they next validate them)
                ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
            }
        }
        Answer again = management("/actuator/health");
        for (int i = 0; i < 20 && again.status() != 200; i++) {
            Thread.sleep(250);
            again = management("/actuator/health");
        }
        assertThat(again.status()).as("up again once the database is back").isEqualTo(200);
    }

    @Test
    void loadsReportsAndRunsAreCountedAndTimed() throws Exception {
        double valuesBefore = measure("wardstat.load.values?tag=kind:new", "COUNT");
        double pdfBefore = measure("wardstat.reports.rendered?tag=format:pdf", "COUNT");
        double runsBefore = measure("spring.batch.job?tag=spring.batch.job.name:report", "COUNT");
        user("an.tp", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        WebSession analyst = signedIn("an.tp");
        assertThat(analyst.upload("thang-1.csv", "ward_code,period,social_order_crimes\nduc-xuan,2025-01,3\nsong-cau,2025-01,2\n"
                .getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(200);
        WebSession.Response report = analyst.submit("/reports/new", "/reports", Map.of("unit", "tp-bac-kan", "period", "2025-01",
                "format", "pdf"));
        long run = Long.parseLong(report.location().replaceAll(".*/runs/", ""));
        Instant end = Instant.now().plusSeconds(90);
        while (history.find(run).map(RunView::running).orElse(true) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        assertThat(history.find(run).orElseThrow().status()).isEqualTo("COMPLETED");

        assertThat(measure("wardstat.load.values?tag=kind:new", "COUNT") - valuesBefore).isEqualTo(2.0);
        assertThat(measure("wardstat.reports.rendered?tag=format:pdf", "COUNT") - pdfBefore).as("the city's PDF").isEqualTo(1.0);
        assertThat(measure("spring.batch.job?tag=spring.batch.job.name:report", "COUNT") - runsBefore).as("Spring Batch's own timer").isEqualTo(1.0);
        assertThat(measure("spring.batch.job?tag=spring.batch.job.name:report", "TOTAL_TIME")).isPositive();
        assertThat(management("/actuator/metrics/wardstat.load").body()).contains("\"name\":\"wardstat.load\"", "\"outcome\"", "loaded");
    }

    private double measure(String metric, String statistic) throws Exception {
        Answer answer = management("/actuator/metrics/" + metric);
        if (answer.status() == 404) {
            return 0; // not recorded yet in this context
        }
        Matcher value = Pattern.compile("\\{\"statistic\":\"" + statistic + "\",\"value\":([0-9.E+-]+)}").matcher(answer.body());
        assertThat(value.find()).as(answer.body()).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private Answer management(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
