package org.wardstat.criteria;

/**
 * A group of a catalog's criteria, e.g. 639/QĐ-BCA-V05's "5. Công tác phòng, chống tội phạm".
 *
 * @param sampleWording the name is sample text to be replaced by the official wording
 */
public record CriterionGroup(int number, String nameVi, String nameEn, boolean sampleWording) {

    public String name(boolean vietnamese) {
        return vietnamese ? nameVi : nameEn;
    }
}
