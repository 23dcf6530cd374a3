package org.wardstat.criteria;

import java.time.LocalDate;

/**
 * A person's judgement of an assessed criterion for one ward and year, from an assessments file:
 * đạt or chưa đạt, when it was made and on what evidence.
 *
 * @param criterion  the criterion's code
 * @param assessedOn the day of the assessment
 * @param evidence   the evidence or the reason it is not met; may be empty
 * @param source     the file and line it came from ("assessments.csv:12")
 */
public record Assessment(String ward, String catalog, String criterion, int year, Verdict status,
                         LocalDate assessedOn, String evidence, String source) {
}
