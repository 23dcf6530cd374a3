package org.wardstat.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wardstat.catalog.OrgUnit;

/** What the catalogs hold, in the admin's subtree: units per level, indicators, values stored. The files are loaded with ./wardstat catalog. */
@Controller
@ConditionalOnWebApplication
class AdminCatalogController {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    AdminCatalogController(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @GetMapping("/admin/catalog")
    String catalog(Viewer viewer, Locale locale, Model model) {
        Map<String, Long> levels = new LinkedHashMap<>();
        // levels from the top of the tree down; a level the catalog file invented is shown as it is written there
        viewer.scope().units().stream()
                .sorted(Comparator.comparingInt(unit -> viewer.scope().catalog().ancestors(unit).size()))
                .forEach(unit -> levels.merge(messages.getMessage("web.level." + unit.level(), null, unit.level(), locale), 1L, Long::sum));
        var codes = viewer.scope().units().stream().map(OrgUnit::code).toList();
        model.addAttribute("levels", levels);
        model.addAttribute("indicators", viewer.scope().catalog().indicators().size());
        Map<String, Object> stored = codes.isEmpty() ? Map.of("values", 0L, "files", 0L) : jdbc.sql(
                        "select count(*) as values, count(distinct source_file_id) as files from observation where org_unit_code in (:units)")
                .param("units", codes).query().singleRow();
        model.addAttribute("observations", stored.get("values"));
        model.addAttribute("files", stored.get("files"));
        return "admin-catalog";
    }
}
