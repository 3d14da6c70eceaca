package nl.wmebv.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.wmebv.core.outcome.Texts;

/**
 * Explanations of this package, from {@code nl/wmebv/core/time/Texts.properties} (Dutch) and
 * {@code Texts_en.properties}, and the rendering of legal days in them.
 *
 * <p>Weekday and month names are written out here rather than taken from the JVM's locale data, so the
 * rendering never depends on the platform. Not API. This class is immutable and thread-safe.
 */
final class CalendarTexts {
    private static final String BUNDLE = "nl.wmebv.core.time.Texts";
    private static final String[] DUTCH_WEEKDAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
        "zaterdag", "zondag"};
    private static final String[] ENGLISH_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};
    private static final String[] DUTCH_MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private CalendarTexts() {
    }

    /** Whether the locale selects the English bundle. */
    static boolean english(Locale locale) {
        return Texts.bundleLocale(locale).equals(Locale.ENGLISH);
    }

    /** Formats the text with this key for the locale. */
    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Texts.bundleLocale(locale));
        return Texts.format(bundle, key, args);
    }

    /** Returns the bare text with this key for the locale. */
    static String text(Locale locale, String key) {
        return format(locale, key);
    }

    /**
     * Renders a legal day: Dutch "zaterdag 21 maart 2026", English "Saturday 2026-03-21".
     */
    static String date(LocalDate day, Locale locale) {
        int weekday = day.getDayOfWeek().getValue() - 1;
        if (english(locale)) {
            return ENGLISH_WEEKDAYS[weekday] + " " + day;
        }
        return DUTCH_WEEKDAYS[weekday] + " " + day.getDayOfMonth() + " " + DUTCH_MONTHS[day.getMonthValue() - 1]
                + " " + day.getYear();
    }
}
