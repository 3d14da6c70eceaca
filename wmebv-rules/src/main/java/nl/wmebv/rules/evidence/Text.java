package nl.wmebv.rules.evidence;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.wmebv.core.outcome.Texts;

/** The texts of this package. */
final class Text {
    private Text() {
    }

    static String render(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.wmebv.rules.evidence.Texts", Texts.bundleLocale(locale));
        return Texts.format(bundle, key, args);
    }
}
