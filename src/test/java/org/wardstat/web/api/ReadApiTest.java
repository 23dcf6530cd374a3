package org.wardstat.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.AreaChange;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.criteria.AttainmentService;
import org.wardstat.criteria.CriteriaLoader;
import org.wardstat.ingest.IngestService;
import org.wardstat.rollout.Rollouts;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;
import org.wardstat.users.ApiTokens;
import org.wardstat.users.Role;
import org.wardstat.users.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The read API over HTTP with personal tokens: the figures a report prints for an allowed unit,
 * 403 and 404 for others, 401 without a token or with a revoked one, CSV on request, editions
 * and their files within the caller's subtree, and the OpenAPI description of it all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=servlet")
class ReadApiTest extends PipelineTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    IngestService ingest;

    @Autowired
    RollUps rollUps;

    @Autowired
    CriteriaLoader criteria;

    @Autowired
    Rollouts rollouts;

    @Autowired
    AttainmentService attainment;

    @Autowired
    WardstatProperties properties;

    String token;

    record Answer(int status, String type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }
    }

    @BeforeEach
    void aCityAnalystWithAToken() {
        users.add("an.tp", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An", "mat-khau-thu-nghiem".toCharArray());
        token = tokens.create("an.tp");
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
    }

    @Test
    void theFiguresOfAnAllowedUnitAreTheReportsFigures() {
        Answer answer = get("/api/v1/figures?unit=tp-bac-kan&period=2024", token);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.get("unit").get("name").asString()).isEqualTo("Thành phố Bắc Kạn");
        assertThat(body.get("period").get("name").asString()).isEqualTo("năm 2024");
        assertThat(body.get("coverage").get("current").get("reporting").asInt()).isEqualTo(6);

        RolledUp expected = rollUps.of(catalogs.load(), catalogs.load().unit("tp-bac-kan").orElseThrow(), Window.year(2024));
        AreaChange crimes = expected.indicator("social_order_crimes").orElseThrow();
        JsonNode row = indicator(body, "social_order_crimes");
        assertThat(row.get("current").decimalValue()).isEqualByComparingTo(crimes.change().current().value());
        assertThat(row.get("prior").decimalValue()).isEqualByComparingTo(crimes.change().prior().value());
        assertThat(row.get("change").decimalValue()).isEqualByComparingTo(crimes.change().change());
        assertThat(row.get("percentChange").decimalValue())
                .isEqualByComparingTo(crimes.change().percentChange().setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(row.get("pValue").asDouble()).isEqualTo(crimes.change().pValue());
        assertThat(row.get("words").asString()).isNotBlank();
        assertThat(row.get("printed").get("current").asString()).isEqualTo(crimes.change().current().value().toBigInteger().toString());

        // a rate: the change is in points, and there is no percentage of it
        JsonNode rate = indicator(body, "admin_on_time_rate");
        assertThat(rate.get("kind").asString()).isEqualTo("rate");
        assertThat(rate.get("percentChange").isNull()).isTrue();

        Answer english = get("/api/v1/figures?unit=tp-bac-kan&period=2024&lang=en", token);
        assertThat(english.json().get("unit").get("name").asString()).isEqualTo("Bac Kan city");
    }

    @Test
    void anotherUnitIsForbiddenAnUnknownOneNotFoundAndABadPeriodABadRequest() {
        assertThat(get("/api/v1/figures?unit=ha-noi&period=2024", token).status()).isEqualTo(403);
        assertThat(get("/api/v1/figures?unit=bac-kan&period=2024", token).status()).as("the province above the city").isEqualTo(403);
        assertThat(get("/api/v1/figures?unit=khong-co&period=2024", token).status()).isEqualTo(404);
        assertThat(get("/api/v1/figures?unit=duc-xuan&period=2024-13", token).status()).isEqualTo(400);
        assertThat(get("/api/v1/figures?unit=duc-xuan&period=2024", token).status()).as("a ward of the city").isEqualTo(200);
    }

    @Test
    void withoutATokenOrWithARevokedOneTheAnswerIs401() {
        assertThat(get("/api/v1/figures?unit=tp-bac-kan&period=2024", null).status()).isEqualTo(401);
        assertThat(get("/api/v1/figures?unit=tp-bac-kan&period=2024", "wst_not-a-token").status()).isEqualTo(401);
        assertThat(count("select count(*) from api_token where token_hash = '" + token + "'")).as("only the hash is stored").isZero();
        assertThat(tokens.revoke("an.tp")).isEqualTo(1);
        Answer revoked = get("/api/v1/figures?unit=tp-bac-kan&period=2024", token);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text()).contains("revoked");
        // a new token works; a disabled user's does not
        String again = tokens.create("an.tp");
        assertThat(get("/api/v1/figures?unit=tp-bac-kan&period=2024", again).status()).isEqualTo(200);
        users.setEnabled("an.tp", false);
        assertThat(get("/api/v1/figures?unit=tp-bac-kan&period=2024", again).status()).isEqualTo(401);
        assertThat(get("/api/v1/editions", null).status()).isEqualTo(401);
    }

    @Test
    void csvOnRequest() {
        Answer csv = get("/api/v1/figures?unit=duc-xuan&period=2024&format=csv", token);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.type()).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("unit,period,indicator,name,measure,current,prior,change,percent_change,p_value,words,"
                + "wards_compared,wards");
        JsonNode json = indicator(get("/api/v1/figures?unit=duc-xuan&period=2024", token).json(), "social_order_crimes");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("duc-xuan,2024,social_order_crimes,")
                .contains("," + json.get("current").decimalValue().stripTrailingZeros().toPlainString() + ","
                        + json.get("prior").decimalValue().stripTrailingZeros().toPlainString() + ","));
    }

    @Test
    void editionsAndTheirFilesWithinTheSubtreeOnly() throws Exception {
        long mine = edition("tp-bac-kan", "2024", "pdf", "%PDF-1.7 thành phố".getBytes(StandardCharsets.UTF_8));
        long other = edition("ha-noi", "2024", "pdf", "%PDF-1.7 Hà Nội".getBytes(StandardCharsets.UTF_8));
        JsonNode list = get("/api/v1/editions", token).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(mine);
        assertThat(list.get(0).get("unit").asString()).isEqualTo("tp-bac-kan");
        assertThat(list.get(0).get("outOfDate").asBoolean()).isFalse();
        assertThat(list.get(0).get("createdAt").asString()).endsWith("+07:00");
        Answer file = get(list.get(0).get("download").asString(), token);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.type()).isEqualTo("application/pdf");
        assertThat(file.text()).isEqualTo("%PDF-1.7 thành phố");
        assertThat(get("/api/v1/editions/" + other + "/file", token).status()).isEqualTo(404);
        assertThat(get("/api/v1/editions?unit=ha-noi", token).status()).isEqualTo(403);
    }

    @Test
    void attainmentAndRolloutAsTheCommandLineGivesThem() {
        criteria.loadCatalogs(Path.of("catalog/criteria/catalogs.csv"), Messages.vietnamese());
        criteria.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
        rollouts.loadDesignations(SAMPLES.resolve("designations.csv"));
        rollouts.loadTargets(SAMPLES.resolve("rollout-targets.csv"));

        JsonNode attained = get("/api/v1/attainment?unit=tp-bac-kan&year=2024", token).json();
        var expected = attainment.area(catalogs.load().unit("tp-bac-kan").orElseThrow(), 2024);
        assertThat(attained.get("wards").asInt()).isEqualTo(expected.wards().size());
        assertThat(attained.get("meetingAll").asInt()).isEqualTo(expected.meetingAll());
        assertThat(attained.get("summary").asString()).isEqualTo(expected.summary(true));
        assertThat(attained.get("attainment").get(0).get("met").asInt()).isEqualTo(expected.wards().get(0).met());
        assertThat(get("/api/v1/attainment?unit=tp-bac-kan&year=1999", token).status()).isEqualTo(404);

        JsonNode rollout = get("/api/v1/rollout?unit=tp-bac-kan", token).json();
        var progress = rollouts.progress(catalogs.load().unit("tp-bac-kan").orElseThrow(), null);
        assertThat(rollout.get("years").size()).isEqualTo(progress.years().size());
        assertThat(rollout.get("years").get(0).get("recognised").asInt()).isEqualTo(progress.years().get(0).recognised());
        assertThat(get("/api/v1/rollout?unit=ha-noi", token).status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionIsPublicAndListsEveryEndpoint() {
        Answer description = get("/api/v1/openapi.json", null);
        assertThat(description.status()).isEqualTo(200);
        JsonNode paths = description.json().get("paths");
        assertThat(description.json().get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(List.of("/api/v1/figures", "/api/v1/attainment", "/api/v1/rollout", "/api/v1/editions", "/api/v1/editions/{id}/file",
                "/api/v1/openapi.json")).allSatisfy(path -> assertThat(paths.has(path)).as(path).isTrue());
    }

    private JsonNode indicator(JsonNode figures, String code) {
        for (JsonNode row : figures.get("indicators")) {
            if (row.get("code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no " + code + " in " + figures);
    }

    private long edition(String unit, String period, String format, byte[] content) throws Exception {
        long run = jdbc.sql("select nextval('run_number')").query(Long.class).single();
        String path = "archive/" + unit + "/" + period + "/" + unit + "-" + period + "-run" + run + "." + format;
        Path file = properties.reports().resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return jdbc.sql("""
                insert into report_edition (legacy_run_id, kind, org_unit_code, period_code, language, format, path, size_bytes, sha256)
                values (:run, 'area', :unit, :period, 'vi', :format, :path, :size, 'test') returning id
                """).param("run", run).param("unit", unit).param("period", period).param("format", format).param("path", path)
                .param("size", content.length).query(Long.class).single();
    }

    private Answer get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
