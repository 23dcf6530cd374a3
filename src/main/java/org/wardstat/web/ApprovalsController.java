package org.wardstat.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardstat.analytics.CurrentPeriod;
import org.wardstat.analytics.Window;
import org.wardstat.approval.ApprovalRefused;
import org.wardstat.approval.Approvals;
import org.wardstat.approval.WardMonthStatus;
import org.wardstat.audit.AuditTrail;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Where the figures of an area stand, month by month and ward by ward, and the approve, lock and
 * unlock buttons for the users whose rights cover them. Any signed-in user sees the page for
 * their subtree; the rights are checked again by {@link Approvals} on every action, and a refusal
 * answers 403 with its reason.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/approvals")
class ApprovalsController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** One line of the table, its texts ready. */
    record Line(String month, String ward, String submitted, String approved, String locked) {
    }

    private final Approvals approvals;
    private final CurrentPeriod current;
    private final WebText text;
    private final ZoneId zone;

    ApprovalsController(Approvals approvals, CurrentPeriod current, WebText text, WardstatProperties properties) {
        this.approvals = approvals;
        this.current = current;
        this.text = text;
        this.zone = properties.zone();
    }

    @GetMapping
    String page(Viewer viewer, @RequestParam Optional<String> area, @RequestParam Optional<String> period, Locale locale, Model model,
                HttpServletResponse response) {
        String unit = area.orElse(viewer.user().unitCode());
        if (!viewer.scope().contains(unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String periodText = period.orElse(Window.month(current.month().minusMonths(1)).code());
        Messages messages = Messages.forLanguage(locale.getLanguage());
        model.addAttribute("units", UnitChoice.of(viewer.scope(), text));
        model.addAttribute("area", unit);
        model.addAttribute("period", periodText);
        Optional<Window> window = Window.parse(periodText);
        if (window.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", messages.get("web.approvals.bad-period", periodText));
            model.addAttribute("lines", List.of());
            return "approvals";
        }
        List<WardMonthStatus> rows = approvals.status(unit, window.get(), messages);
        model.addAttribute("lines", rows.stream().map(row -> line(row, messages)).toList());
        model.addAttribute("mayApprove", approvals.mayApprove(viewer.username(), unit));
        model.addAttribute("mayLock", approvals.mayLock(viewer.username(), unit));
        return "approvals";
    }

    @PostMapping("/approve")
    String approve(Viewer viewer, @RequestParam String area, @RequestParam String period, Locale locale, HttpServletRequest request,
                   RedirectAttributes redirect) {
        Messages messages = Messages.forLanguage(locale.getLanguage());
        Approvals.Outcome outcome = approvals.approve(viewer.username(), actor(viewer, request), area, window(period), messages);
        redirect.addFlashAttribute("done", messages.get("cli.approve.done", outcome.done(), outcome.already(), outcome.withoutFigures(),
                area, period));
        return back(area, period);
    }

    @PostMapping("/lock")
    String lock(Viewer viewer, @RequestParam String area, @RequestParam String period, Locale locale, HttpServletRequest request,
                RedirectAttributes redirect) {
        Messages messages = Messages.forLanguage(locale.getLanguage());
        Approvals.Outcome outcome = approvals.lock(viewer.username(), actor(viewer, request), area, window(period), messages);
        redirect.addFlashAttribute("done", messages.get("cli.lock.done", outcome.done(), outcome.already(), outcome.withoutFigures(),
                area, period));
        return back(area, period);
    }

    @PostMapping("/unlock")
    String unlock(Viewer viewer, @RequestParam String area, @RequestParam String period, @RequestParam(defaultValue = "") String reason,
                  Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        Messages messages = Messages.forLanguage(locale.getLanguage());
        Approvals.Outcome outcome = approvals.unlock(viewer.username(), actor(viewer, request), area, window(period), reason, messages);
        redirect.addFlashAttribute("done", messages.get("cli.unlock.done", outcome.done(), area, period));
        return back(area, period);
    }

    /** A refused action: 403 and the reason, on the same page. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ApprovalRefused.class)
    String refused(ApprovalRefused refused, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", refused.getMessage());
        return "approval-refused";
    }

    private static Window window(String period) {
        return Window.parse(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    private static AuditTrail.Actor actor(Viewer viewer, HttpServletRequest request) {
        return AuditTrail.Actor.web(viewer.username(), request.getRemoteAddr());
    }

    private static String back(String area, String period) {
        return "redirect:/approvals?area=" + java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8)
                + "&period=" + java.net.URLEncoder.encode(period, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Line line(WardMonthStatus row, Messages messages) {
        return new Line("%02d/%d".formatted(row.month().getMonthValue(), row.month().getYear()), row.wardName(),
                row.submitted() ? row.submittedAt().atZone(zone).format(MINUTES) : messages.get("cli.approvals.no-figures"),
                row.approved() ? messages.get("cli.approvals.approved", row.approvedBy(), row.approverUnitName(),
                        row.approvedAt().atZone(zone).format(MINUTES)) : row.submitted() ? messages.get("cli.approvals.not-approved") : "",
                row.locked() ? messages.get("web.approvals.locked-by", row.lockedBy(), row.lockedAt().atZone(zone).format(MINUTES)) : "");
    }
}
