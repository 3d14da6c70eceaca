package nl.wmebv.rules.outbound;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.wmebv.core.outcome.Texts;

/** The texts of this package. */
final class OutboundText {
    private OutboundText() {
    }

    static String render(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.wmebv.rules.outbound.Texts", Texts.bundleLocale(locale));
        return Texts.format(bundle, key, args);
    }

    static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
