package nl.wmebv.rules.receipt;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.wmebv.core.outcome.Texts;

/** The texts of this package. */
final class ReceiptText {
    private ReceiptText() {
    }

    static String render(Locale locale, String key, Object... args) {
        return Texts.format(ResourceBundle.getBundle("nl.wmebv.rules.receipt.Texts", Texts.bundleLocale(locale)),
                key, args);
    }
}
