package org.wardstat.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wardstat.PipelineTest;
import org.wardstat.system.WardstatProperties;
import org.wardstat.users.Role;
import org.wardstat.users.Users;

/**
 * Tests through the real HTTP layer: the application as `./wardstat serve` runs it (Tomcat, the
 * security filters, the pages) on a free port, over the test's PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.web-application-type=servlet")
abstract class WebTest extends PipelineTest {

    static final String PASSWORD = "mat-khau-thu-nghiem";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    WardstatProperties properties;

    void user(String username, Role role, String unit, String displayName) {
        users.add(username, role, unit, displayName, PASSWORD.toCharArray());
    }

    WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, PASSWORD);
        return session;
    }

    /** An archived edition as ReportArchive records one: its file under reports/archive, its row pointing there. */
    long edition(String unit, String period, String format, byte[] content) throws IOException {
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

    long uploadsStored() throws IOException {
        Path uploads = properties.data().resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        try (var files = Files.list(uploads)) {
            return files.count();
        }
    }
}
