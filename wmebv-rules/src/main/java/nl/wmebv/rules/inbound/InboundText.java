package nl.wmebv.rules.inbound;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.wmebv.core.outcome.Texts;

/** The texts of this package. */
final class InboundText {
    private InboundText() {
    }

    static String render(Locale locale, String key, Object... args) {
        return Texts.format(ResourceBundle.getBundle("nl.wmebv.rules.inbound.Texts", Texts.bundleLocale(locale)),
                key, args);
    }
}
