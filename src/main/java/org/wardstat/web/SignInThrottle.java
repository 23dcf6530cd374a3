package org.wardstat.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wardstat.audit.AuditTrail;
import org.wardstat.system.Messages;
import org.wardstat.users.AppUser;
import org.wardstat.users.Users;

/**
 * Refuses a sign-in, before its password is even checked, for a name or from an address that
 * failed too often lately. The failures are the audit trail's own rows (the same on every server
 * of the database, and after a restart); a name's count starts again at its last successful
 * sign-in. A refused attempt is recorded, but not counted as a failure: waiting out the lockout
 * is enough. The sign-in page then says how long to wait.
 */
class SignInThrottle extends OncePerRequestFilter {

    /** Session attribute: what the sign-in page tells the refused user. */
    static final String LOCKED_OUT = SignInThrottle.class.getName() + ".lockedOut";

    /** @param name null when the address is what is locked out */
    record LockedOut(String name, long minutes) {
    }

    private final AuditTrail audit;
    private final Users users;
    private final SignInLimits limits;
    private final Clock clock;

    SignInThrottle(AuditTrail audit, Users users, SignInLimits limits, Clock clock) {
        this.audit = audit;
        this.users = users;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = Optional.ofNullable(request.getParameter("username")).map(String::strip).orElse("");
        String address = request.getRemoteAddr();
        Optional<LockedOut> locked = lockedOut(name, address);
        if (locked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        audit.record(AuditTrail.Actor.web(name, address), "sign-in-throttled", users.find(name).map(AppUser::orgUnitCode).orElse(null),
                Messages.vietnamese().get(locked.get().name() == null ? "audit.sign-in.throttled-address" : "audit.sign-in.throttled-name",
                        locked.get().minutes()));
        request.getSession(true).setAttribute(LOCKED_OUT, locked.get());
        response.sendRedirect(request.getContextPath() + "/login?locked");
    }

    Optional<LockedOut> lockedOut(String name, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.lockout());
        AuditTrail.Failures ofName = name.isEmpty() ? new AuditTrail.Failures(0, null) : audit.failedSignInsOf(name, since);
        if (ofName.count() >= limits.maxFailures()) {
            return Optional.of(new LockedOut(name, minutesLeft(ofName.latest(), now)));
        }
        AuditTrail.Failures fromAddress = audit.failedSignInsFrom(address, since);
        if (fromAddress.count() >= limits.maxFailuresPerAddress()) {
            return Optional.of(new LockedOut(null, minutesLeft(fromAddress.latest(), now)));
        }
        return Optional.empty();
    }

    private long minutesLeft(Instant latest, Instant now) {
        Duration left = Duration.between(now, latest.plus(limits.lockout()));
        return Math.max(1, (left.getSeconds() + 59) / 60);
    }
}
