package org.wardstat.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.wardstat.audit.AuditTrail;
import org.wardstat.system.Messages;
import org.wardstat.users.AppUser;
import org.wardstat.users.SignedInUser;
import org.wardstat.users.Users;

/**
 * Sign-ins with a name and password, successful and failed, in the audit trail, from Spring
 * Security's own authentication events. A failed one is filed under the unit of the account
 * its name belongs to, or under no unit when no account has that name (then only the admins of
 * a top unit see it).
 */
@Component
@ConditionalOnWebApplication
class SignInAudit {

    private final AuditTrail audit;
    private final Users users;

    SignInAudit(AuditTrail audit, Users users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.getPrincipal() instanceof SignedInUser user) {
            audit.record(AuditTrail.Actor.web(user.getUsername(), address(authentication), user.unitCode()), "sign-in",
                    user.unitCode(), "");
        }
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String name = attempt.getName() == null ? "" : attempt.getName();
        String unit = users.find(name).map(AppUser::orgUnitCode).orElse(null);
        String reason = event.getException() instanceof DisabledException ? "audit.sign-in.disabled"
                : unit == null ? "audit.sign-in.unknown-user" : "audit.sign-in.bad-password";
        audit.record(AuditTrail.Actor.web(name, address(attempt), unit), "sign-in-failed", unit, Messages.vietnamese().get(reason));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
