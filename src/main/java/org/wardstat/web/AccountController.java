package org.wardstat.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardstat.audit.AuditTrail;
import org.wardstat.system.Messages;
import org.wardstat.users.UserRefused;
import org.wardstat.users.Users;

/** A signed-in user's own account: changing their password, knowing the current one. */
@Controller
@ConditionalOnWebApplication
class AccountController {

    private final Users users;
    private final AuditTrail audit;
    private final MessageSource messages;

    AccountController(Users users, AuditTrail audit, MessageSource messages) {
        this.users = users;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form() {
        return "account-password";
    }

    @PostMapping("/account/password")
    String change(Viewer viewer, @RequestParam String current, @RequestParam String password, @RequestParam String passwordAgain,
                  Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
        char[] now = current.toCharArray();
        char[] next = password.toCharArray();
        try {
            if (!password.equals(passwordAgain)) {
                redirect.addFlashAttribute("problem", messages.getMessage("cli.users.passwords-differ", null, locale));
                return "redirect:/account/password";
            }
            users.changePassword(viewer.username(), now, next);
            audit.record(AuditTrail.Actor.web(viewer.username(), request.getRemoteAddr()), "user-change", viewer.user().unitCode(),
                    Messages.vietnamese().get("audit.user.own-password", viewer.username()));
            redirect.addFlashAttribute("done", messages.getMessage("web.account.password.changed", null, locale));
        } catch (UserRefused refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.code(), refused.args(), locale));
        } finally {
            Arrays.fill(now, '\0');
            Arrays.fill(next, '\0');
        }
        return "redirect:/account/password";
    }
}
