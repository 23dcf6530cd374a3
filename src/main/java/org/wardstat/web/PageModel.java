package org.wardstat.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.users.Scope;
import org.wardstat.users.SignedInUser;

/** What every page's header shows and every controller checks against: the viewer and their scope. */
@ControllerAdvice
@ConditionalOnWebApplication
class PageModel {

    private final CatalogRepository catalogs;

    PageModel(CatalogRepository catalogs) {
        this.catalogs = catalogs;
    }

    /** Read fresh each request, so a unit added to the catalog is seen without a restart. */
    @ModelAttribute("viewer")
    Viewer viewer(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? null : new Viewer(user, Scope.of(catalogs.load(), user.unitCode()));
    }
}
