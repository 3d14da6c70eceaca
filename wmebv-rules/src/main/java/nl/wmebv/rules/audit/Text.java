package nl.wmebv.rules.audit;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.wmebv.core.outcome.Texts;

/** The texts of this package. */
final class Text {
    /** The longest list rendered in full; longer lists are cut with a count. */
    static final int LIST_LIMIT = 12;

    private Text() {
    }

    static String render(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.wmebv.rules.audit.Texts", Texts.bundleLocale(locale));
        return Texts.format(bundle, key, args);
    }

    static String join(List<?> values) {
        if (values.size() <= LIST_LIMIT) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return values.stream().limit(LIST_LIMIT).map(String::valueOf).collect(Collectors.joining(", "))
                + " (+" + (values.size() - LIST_LIMIT) + ")";
    }
}
