package org.wardstat.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardstat.audit.AuditEvent;
import org.wardstat.audit.AuditTrail;
import org.wardstat.catalog.OrgUnit;

/**
 * The audit trail of the admin's subtree, newest first, a page at a time, filtered by action.
 * One row more than a page is read to know whether there is a next page.
 */
@Controller
@ConditionalOnWebApplication
class AdminAuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AdminAuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(Viewer viewer, @RequestParam(required = false) String action, @RequestParam(defaultValue = "1") int page, Model model) {
        int shown = Math.max(1, page);
        String wanted = action == null || action.isBlank() ? null : action;
        List<String> units = viewer.scope().units().stream().map(OrgUnit::code).toList();
        boolean top = viewer.unit() != null && viewer.unit().parentCode() == null;
        List<AuditEvent> events = audit.page(units, top, wanted, (shown - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("events", events.size() > PAGE_SIZE ? events.subList(0, PAGE_SIZE) : events);
        model.addAttribute("more", events.size() > PAGE_SIZE);
        model.addAttribute("page", shown);
        model.addAttribute("action", wanted);
        model.addAttribute("actions", audit.actions());
        return "admin-audit";
    }
}
