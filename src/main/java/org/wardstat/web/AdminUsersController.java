package org.wardstat.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardstat.audit.AuditTrail;
import org.wardstat.system.Messages;
import org.wardstat.users.AppUser;
import org.wardstat.users.Role;
import org.wardstat.users.UserRefused;
import org.wardstat.users.Users;

/** Users, for admins: those of the admin's own subtree only, created there and disabled there. */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/admin/users")
class AdminUsersController {

    private final Users users;
    private final WebText text;
    private final MessageSource messages;
    private final AuditTrail audit;

    AdminUsersController(Users users, WebText text, MessageSource messages, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.text = text;
        this.messages = messages;
    }

    @GetMapping
    String list(Viewer viewer, Model model) {
        List<AppUser> visible = users.list().stream().filter(user -> viewer.scope().contains(user.orgUnitCode())).toList();
        model.addAttribute("users", visible);
        model.addAttribute("units", UnitChoice.of(viewer.scope(), text));
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }

    @PostMapping
    String add(Viewer viewer, @RequestParam String username, @RequestParam String role, @RequestParam String unit,
               @RequestParam(required = false) String displayName, @RequestParam String password,
               @RequestParam String passwordAgain, Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
        char[] secret = password.toCharArray();
        try {
            if (!viewer.scope().contains(unit)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            if (!password.equals(passwordAgain)) {
                redirect.addFlashAttribute("problem", messages.getMessage("cli.users.passwords-differ", null, locale));
                return "redirect:/admin/users";
            }
            Role wanted = Role.parse(role).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
            AppUser user = users.add(username, wanted, unit, displayName, secret);
            audit.record(AuditTrail.Actor.web(viewer.username(), request.getRemoteAddr()), "user-add", user.orgUnitCode(),
                    Messages.vietnamese().get("audit.user.added", user.username(), user.role().name().toLowerCase(), user.orgUnitCode(), 0));
            redirect.addFlashAttribute("done", messages.getMessage("web.admin.users.added", new Object[] {user.username()}, locale));
        } catch (UserRefused refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.code(), refused.args(), locale));
        } finally {
            Arrays.fill(secret, '\0');
        }
        return "redirect:/admin/users";
    }

    /** Disabling keeps the user (the runs they asked for still name them); an admin cannot lock themself out. */
    @PostMapping("/{username}/enabled")
    String enable(Viewer viewer, @PathVariable String username, @RequestParam boolean enabled, HttpServletRequest request) {
        AppUser user = users.find(username).filter(u -> viewer.scope().contains(u.orgUnitCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user.username().equals(viewer.username())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        users.setEnabled(user.username(), enabled);
        audit.record(AuditTrail.Actor.web(viewer.username(), request.getRemoteAddr()), "user-change", user.orgUnitCode(),
                Messages.vietnamese().get(enabled ? "audit.user.enabled" : "audit.user.disabled", user.username()));
        return "redirect:/admin/users";
    }
}
