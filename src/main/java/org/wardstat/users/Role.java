package org.wardstat.users;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do within their org-unit subtree. Each role includes the one before it
 * (the web layer's role hierarchy says so once): a leader reads reports, a clerk (a ward's
 * data-entry officer, who belongs to the ward) also enters the ward's monthly figures on the web,
 * an analyst also loads files and asks for reports (and may enter any ward's figures in their
 * subtree), an admin also manages users and jobs.
 */
public enum Role {
    LEADER, CLERK, ANALYST, ADMIN;

    /** The authority Spring Security checks, e.g. ROLE_ANALYST. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** "admin", "Analyst", "LEADER"; empty for anything else. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
