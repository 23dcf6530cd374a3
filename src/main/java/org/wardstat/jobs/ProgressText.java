package org.wardstat.jobs;

import java.time.Duration;
import java.time.Instant;

import org.wardstat.system.Messages;

/** "120/10.000 báo cáo, 85,3 báo cáo/phút, còn khoảng 1 giờ 56 phút": the same words in a terminal, a log and the run page. */
public final class ProgressText {

    private ProgressText() {
    }

    public static String of(RunView run, Messages messages) {
        return of(run, messages, Instant.now());
    }

    /** As it stands at {@code now}: a run still going is measured to now, an ended one to its end. */
    public static String of(RunView run, Messages messages, Instant now) {
        StringBuilder text = new StringBuilder(messages.get("run.progress.done", run.itemsDone(), run.itemsTotal()));
        run.perMinute(now).ifPresent(rate -> text.append(", ").append(messages.get("run.progress.rate", decimal(rate, messages))));
        run.timeLeft(now).ifPresent(left -> text.append(", ").append(messages.get("run.progress.left", duration(left, messages))));
        return text.toString();
    }

    static String decimal(double value, Messages messages) {
        return String.format(messages.locale(), "%,.1f", value);
    }

    /** "1 giờ 5 phút", "3 phút 20 giây", "40 giây" */
    public static String duration(Duration duration, Messages messages) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return messages.get("run.duration.hours", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return messages.get("run.duration.minutes", seconds / 60, seconds % 60);
        }
        return messages.get("run.duration.seconds", seconds);
    }
}
