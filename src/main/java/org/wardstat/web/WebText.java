package org.wardstat.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.PeriodLabels;
import org.wardstat.system.WardstatProperties;

/**
 * How the pages write times, durations, periods and unit names, in the reader's language:
 * templates call it as {@code ${@text.time(run.startedAt)}}.
 */
@Component("text")
@ConditionalOnWebApplication
public class WebText {

    /**
     * The readers' time, wherever the server runs (a cloud machine often keeps UTC): the zone of
     * {@code wardstat.time-zone}, Việt Nam's unless set, as reports and the command line print times.
     */
    private final DateTimeFormatter time;

    WebText(WardstatProperties properties) {
        this.time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(properties.zone());
    }

    /** 05/03/2026 09:30, Việt Nam time. */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /** "2 phút 05 giây", "45 giây" */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.toSeconds());
        boolean vi = vietnamese();
        String secondsText = vi ? " giây" : " s";
        return seconds < 60 ? seconds + secondsText
                : seconds / 60 + (vi ? " phút " : " min ") + String.format("%02d", seconds % 60) + secondsText;
    }

    /** "Năm 2024", "Tháng 12/2024", "Quý IV/2025"; the code itself when it is no window wardstat knows. */
    public String period(String code) {
        if (code == null) {
            return "";
        }
        return Window.parse(code).map(window -> capitalised(PeriodLabels.name(window, WebConfiguration.messages(locale()))))
                .orElse(code);
    }

    public String unit(OrgUnit unit) {
        return unit == null ? "—" : unit.name(vietnamese());
    }

    /** "84 KB", "1,2 MB" */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean vietnamese() {
        return !"en".equals(locale().getLanguage());
    }
}
