package org.wardstat.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A window cut into the parts the summaries hold: its whole calendar years ({@code Y}), its first
 * nine months ({@code N}) or six ({@code H}) of a year, its whole quarters ({@code Q}) and its
 * remaining single months ({@code M}), in order, the largest first. A year is one part where twelve
 * months were; a year to the end of October is nine months and a month.
 */
final class WindowParts {

    /** @param grain Y, N, H, Q or M; @param start the part's first month */
    record Part(String grain, YearMonth start) {
    }

    private WindowParts() {
    }

    static List<Part> of(Window window) {
        List<Part> parts = new ArrayList<>();
        YearMonth month = window.first();
        while (!month.isAfter(window.last())) {
            if (month.getMonthValue() == 1 && !month.plusMonths(11).isAfter(window.last())) {
                parts.add(new Part("Y", month));
                month = month.plusMonths(12);
            } else if (month.getMonthValue() == 1 && !month.plusMonths(8).isAfter(window.last())) {
                parts.add(new Part("N", month));
                month = month.plusMonths(9);
            } else if (month.getMonthValue() == 1 && !month.plusMonths(5).isAfter(window.last())) {
                parts.add(new Part("H", month));
                month = month.plusMonths(6);
            } else if ((month.getMonthValue() - 1) % 3 == 0 && !month.plusMonths(2).isAfter(window.last())) {
                parts.add(new Part("Q", month));
                month = month.plusMonths(3);
            } else {
                parts.add(new Part("M", month));
                month = month.plusMonths(1);
            }
        }
        return parts;
    }
}
