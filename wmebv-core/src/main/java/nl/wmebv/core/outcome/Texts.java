package nl.wmebv.core.outcome;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.wmebv.core.internal.Checks;

/**
 * Renders explanations from resource bundles: Dutch from the base bundle, English from {@code _en}.
 *
 * <p>Bundles are looked up with {@link Locale#ROOT} or {@link Locale#ENGLISH} only, never the requested
 * locale itself: {@code ResourceBundle} tries the JVM's default locale before the base bundle, so a request
 * for {@code nl-NL} on an English JVM would otherwise yield English. Each module looks up its own bundles
 * (a named module can only load bundles it contains), so a module passes the bundle it loaded to
 * {@link #format}. This class is immutable and thread-safe.
 */
public final class Texts {
    private Texts() {
    }

    /**
     * Maps any locale to the one used for bundle lookup: {@link Locale#ENGLISH} for English, else
     * {@link Locale#ROOT} (Dutch).
     *
     * @param locale  the requested locale, not null
     * @return {@code Locale.ENGLISH} or {@code Locale.ROOT}
     */
    public static Locale bundleLocale(Locale locale) {
        Checks.notNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    }

    /**
     * Formats the text with the given key with {@link MessageFormat}-style arguments {@code {0}, {1}}.
     *
     * @param bundle  the bundle, not null
     * @param key     the text key, not null
     * @param args    the arguments, rendered with {@code String.valueOf}
     * @return the text
     * @throws IllegalStateException if the key is missing, which is a defect of the library
     */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        Checks.notNull(bundle, "bundle");
        Checks.notNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for key " + key + " in " + bundle.getBaseBundleName(), e);
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(rendered);
    }
}
