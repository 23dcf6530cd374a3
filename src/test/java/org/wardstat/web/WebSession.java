package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the access rules see one: a cookie jar, forms posted with the CSRF token
 * the page carried, redirects left for the test to look at.
 */
final class WebSession {

    record Response(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String location() {
            return header("Location");
        }
    }

    private static final Pattern UPLOAD_FORM = Pattern.compile("<form action=\"([^\"]+)\" method=\"post\" enctype=\"multipart/form-data\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form as the browser would: with the CSRF token of the page the form is on. */
    Response submit(String formPage, String action, Map<String, String> fields) {
        return post(action, withToken(formPage, fields));
    }

    /** Posts exactly these fields: no token unless the test gives one. */
    Response post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A multipart upload of one file, posted where the upload page's form posts it (with the
     * CSRF token in the address), or, without the token, to /uploads.
     */
    Response upload(String fileName, byte[] content, boolean withToken) {
        return upload(fileName, content, withToken, Map.of());
    }

    /** The same, with other fields of the upload form (the month, the form profile). */
    Response upload(String fileName, byte[] content, boolean withToken, Map<String, String> fields) {
        String action = "/uploads";
        if (withToken) {
            Matcher form = UPLOAD_FORM.matcher(get("/uploads/new").text());
            assertThat(form.find()).as("the upload form").isTrue();
            action = form.group(1).replace("&amp;", "&");
            assertThat(action).startsWith("/uploads?_csrf=");
        }
        String boundary = "----wardstat" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    void signIn(String username, String password) {
        Response response = submit("/login", "/login", Map.of("username", username, "password", password));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).as("signed in as " + username).endsWith("/home");
    }

    String token(String page) {
        Response response = get(page);
        Matcher matcher = CSRF.matcher(response.text());
        assertThat(matcher.find()).as("a CSRF token on " + page + " (status " + response.status() + ")").isTrue();
        return matcher.group(1);
    }

    private Map<String, String> withToken(String page, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", token(page));
        return all;
    }

    private Response send(HttpRequest.Builder request) {
        // as a browser asks for a page: error pages come as HTML, not JSON
        request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
