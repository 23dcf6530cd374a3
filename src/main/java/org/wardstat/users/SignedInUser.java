package org.wardstat.users;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The user behind a web session: who they are, their role and the org unit whose subtree they see. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final AppUser user;
    private String passwordHash;

    SignedInUser(AppUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    public AppUser user() {
        return user;
    }

    public Role role() {
        return user.role();
    }

    public String unitCode() {
        return user.orgUnitCode();
    }

    public String displayName() {
        return user.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    /** The hash is needed only to sign in; the session keeps no copy of it. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
