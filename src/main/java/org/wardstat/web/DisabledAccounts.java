package org.wardstat.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wardstat.users.AppUser;
import org.wardstat.users.SignedInUser;
import org.wardstat.users.Users;

/**
 * A session lasts only as long as its account: every request of a signed-in user reads the
 * account as stored now, and a user disabled since (by an admin on the web, or by anyone on any
 * server of the same database) has the session ended there and then, and is sent to sign in
 * again, which a disabled account cannot. One query by primary key per request is the price.
 */
class DisabledAccounts extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DisabledAccounts.class);

    private final Users users;

    DisabledAccounts(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !users.find(user.getUsername()).map(AppUser::enabled).orElse(false)) {
            log.info("Session of disabled user {} ended", user.getUsername());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
