package org.wardstat.distribution;

/**
 * Who gets a run's reports by e-mail: the reports of their unit and of every unit below it.
 *
 * @param language {@code vi} or {@code en}: the language of the message (the reports attached are the run's)
 */
public record Recipient(String unitCode, String email, String name, String language) {
}
