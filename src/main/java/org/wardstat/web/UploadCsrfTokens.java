package org.wardstat.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the CSRF token of a file upload from the address (the upload form puts it there), not
 * from the body. Reading a body parameter makes Tomcat parse the whole multipart body in the
 * security filter, where a file over the size limit is an error no page can explain; left to
 * Spring MVC, it becomes the "file too large" page. Every other request is checked as usual.
 */
final class UploadCsrfTokens implements CsrfTokenRequestHandler {

    /** Spring Security's default: a token masked afresh for each response (BREACH). */
    private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        standard.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return standard.resolveCsrfTokenValue(request, csrfToken);
        }
        return standard.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return fromQuery(request.getQueryString(), name);
            }
        }, csrfToken);
    }

    private static String fromQuery(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
