package org.wardstat.approval;

import org.wardstat.catalog.OrgUnit;
import org.wardstat.users.AppUser;
import org.wardstat.users.Role;
import org.wardstat.users.Scope;

/**
 * Who may approve, lock and unlock a ward's months. Approval is the unit directly above the ward
 * (a district or city; the province for a ward directly under it since 2025), by a user of that
 * unit who holds the approver right. Locking and unlocking belong to the province: an approver of
 * a province-level unit, for wards of their subtree. A clerk enters figures and never approves them.
 */
final class ApprovalRights {

    static final String PROVINCE = "province";

    private ApprovalRights() {
    }

    static boolean isApprover(AppUser user) {
        return user.enabled() && user.approver() && user.role() != Role.CLERK;
    }

    static boolean mayApprove(AppUser user, OrgUnit ward) {
        return isApprover(user) && user.orgUnitCode().equals(ward.parentCode());
    }

    static boolean mayLock(AppUser user, Scope scope, OrgUnit area) {
        return isApprover(user) && scope.root().map(unit -> PROVINCE.equals(unit.level())).orElse(false) && scope.contains(area);
    }
}
