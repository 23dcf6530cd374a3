package org.wardstat.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signing in against app_user. Also present when the command line runs, so Spring Boot never
 * falls back to its own in-memory user with a generated password.
 */
@Service
class UserAccounts implements UserDetailsService {

    private final Users users;

    UserAccounts(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInUser(user, users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username)));
    }
}
