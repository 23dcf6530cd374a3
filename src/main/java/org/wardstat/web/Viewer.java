package org.wardstat.web;

import org.wardstat.catalog.OrgUnit;
import org.wardstat.users.Role;
import org.wardstat.users.Scope;
import org.wardstat.users.SignedInUser;

/**
 * The signed-in user of one request with the units they may see, read once per request (by
 * {@link PageModel}) and handed to every controller method that needs it.
 */
public record Viewer(SignedInUser user, Scope scope) {

    public String username() {
        return user.getUsername();
    }

    public Role role() {
        return user.role();
    }

    /** "leader", "clerk", "analyst", "admin": the key of the role's name in the messages. */
    public String roleKey() {
        return user.role().name().toLowerCase();
    }

    public String displayName() {
        return user.displayName();
    }

    /** The user's own unit; null when it is no longer in the catalog (then they see nothing). */
    public OrgUnit unit() {
        return scope.root().orElse(null);
    }

    public boolean atLeast(Role wanted) {
        return user.role().compareTo(wanted) >= 0;
    }

    /** Enter a ward's monthly figures on the web: a clerk their own ward's, an analyst any ward's in their subtree. */
    public boolean mayEnter() {
        return atLeast(Role.CLERK);
    }

    public boolean mayLoad() {
        return atLeast(Role.ANALYST);
    }

    public boolean isAdmin() {
        return atLeast(Role.ADMIN);
    }
}
