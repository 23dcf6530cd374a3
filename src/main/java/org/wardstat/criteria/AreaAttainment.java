package org.wardstat.criteria;

import java.util.List;

import org.wardstat.catalog.OrgUnit;

/** The wards of an area in one year: how many meet every criterion, "2/6 phường đạt đủ tiêu chí". */
public record AreaAttainment(OrgUnit area, int year, CriteriaCatalog catalog, List<WardAttainment> wards) {

    public AreaAttainment {
        wards = List.copyOf(wards);
    }

    public int meetingAll() {
        return (int) wards.stream().filter(WardAttainment::meetsAll).count();
    }

    public String summary(boolean vietnamese) {
        return Reasons.area(this, vietnamese);
    }
}
