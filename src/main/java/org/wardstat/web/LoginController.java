package org.wardstat.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the form it posts, after {@link SignInThrottle} let it through. */
@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        // said once: the page read again after the wait does not repeat it
        Object lockedOut = session.getAttribute(SignInThrottle.LOCKED_OUT);
        if (lockedOut != null) {
            session.removeAttribute(SignInThrottle.LOCKED_OUT);
            model.addAttribute("lockedOut", lockedOut);
        }
        return "login";
    }
}
