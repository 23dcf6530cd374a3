package org.wardstat.web.api;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;
import org.wardstat.web.Viewer;

/**
 * What every API call asks for, checked as the pages check it: a unit that does not exist is 404,
 * one outside the caller's subtree 403 (the API names units by code, so hiding that one exists
 * would hide nothing); a period wardstat cannot read is 400.
 */
final class ApiRequest {

    private ApiRequest() {
    }

    static OrgUnit unit(Viewer viewer, String code) {
        OrgUnit unit = viewer.scope().catalog().unit(code == null ? "" : code.strip())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no unit " + code));
        if (!viewer.scope().contains(unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "unit " + code + " is outside your unit's subtree");
        }
        return unit;
    }

    static Window window(String period) {
        return Window.parse(period == null ? "" : period.strip())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "cannot read the period " + period));
    }

    /** Words in the language asked for ({@code lang=en}), Vietnamese otherwise, as everywhere. */
    static Messages messages(String lang) {
        return Messages.forLanguage(lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi");
    }

    /** CSV when asked for by {@code format=csv} or by the Accept header. */
    static boolean csv(String format, String accept) {
        return "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
    }
}
