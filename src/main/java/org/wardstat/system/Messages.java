package org.wardstat.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What users read: Vietnamese by default, English on request. Texts live in
 * {@code messages_vi.properties} and {@code messages_en.properties}.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages(language == null || language.isBlank() || language.startsWith("vi")
                ? VIETNAMESE : Locale.ENGLISH);
    }

    public static Messages vietnamese() {
        return new Messages(VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    /** The texts themselves, for templates that look labels up with $R{key}. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean isVietnamese() {
        return locale.getLanguage().equals("vi");
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message '" + key + "' for " + locale, e);
        }
    }
}
