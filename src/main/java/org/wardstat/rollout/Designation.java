package org.wardstat.rollout;

import java.time.LocalDate;

/**
 * One ward's place in the programme: the year it was selected to build the model, and the year
 * it was recognised (null while it is not) with the Minister's decision, e.g. "2878/QĐ-BCA" of
 * 22/4/2025, which recognised wards for 2024.
 */
public record Designation(String wardCode, int yearSelected, Integer yearRecognised,
                          String decisionNumber, LocalDate decisionDate, String note) {

    public Designation {
        if (yearRecognised != null && yearRecognised < yearSelected) {
            throw new IllegalArgumentException("Ward " + wardCode + " recognised before it was selected");
        }
        note = note == null ? "" : note;
    }

    public boolean selectedBy(int year) {
        return yearSelected <= year;
    }

    public boolean recognisedBy(int year) {
        return yearRecognised != null && yearRecognised <= year;
    }
}
