package nl.wmebv.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Parsed patterns of the Dutch (root) and English bundles, by key; filled on first use. */
    private static final ConcurrentHashMap<String, Template> DUTCH_TEMPLATES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Template> ENGLISH_TEMPLATES = new ConcurrentHashMap<>();

    /**
     * Formats the text with this key for the locale, with the same result as {@link Texts#format}: each
     * argument rendered with {@code String.valueOf} and substituted into the pattern by {@code MessageFormat}
     * rules. The pattern is parsed once per key (see {@link Template}).
     */
    static String format(Locale locale, String key, Object... args) {
        return template(locale, key).format(args);
    }

    /** Appends the text with this key for the locale to {@code sb}, as {@link #format} renders it. */
    static void appendFormat(StringBuilder sb, Locale locale, String key, Object... args) {
        template(locale, key).appendTo(sb, args);
    }

    private static Template template(Locale locale, String key) {
        Locale bundleLocale = Texts.bundleLocale(locale);
        ConcurrentHashMap<String, Template> templates = bundleLocale.equals(Locale.ENGLISH)
                ? ENGLISH_TEMPLATES : DUTCH_TEMPLATES;
        Template template = templates.get(key);
        if (template == null) {
            template = templates.computeIfAbsent(key, k -> Template.parse(ResourceBundle.getBundle(BUNDLE,
                    bundleLocale), k));
        }
        return template;
    }

    /**
     * A message pattern parsed once: literal text and argument indices. Only the subset of
     * {@code MessageFormat} the bundles use is parsed here (plain {@code {n}}, {@code ''} and quoted text);
     * any other pattern is formatted by {@link Texts#format} on every call.
     */
    private static final class Template {
        private final ResourceBundle bundle;
        private final String key;
        /** Literal text before each argument, and after the last at index {@code arguments.length}. */
        private final String[] literals;
        private final int[] arguments;

        private Template(ResourceBundle bundle, String key, String[] literals, int[] arguments) {
            this.bundle = bundle;
            this.key = key;
            this.literals = literals;
            this.arguments = arguments;
        }

        static Template parse(ResourceBundle bundle, String key) {
            String pattern = bundle.getString(key);
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<Integer> arguments = new java.util.ArrayList<>();
            StringBuilder literal = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i += 2;
                        continue;
                    }
                    quoted = !quoted;
                    i++;
                } else if (quoted || c != '{') {
                    if (!quoted && c == '}') {
                        return new Template(bundle, key, null, null);   // unbalanced: let MessageFormat judge
                    }
                    literal.append(c);
                    i++;
                } else {
                    int close = pattern.indexOf('}', i);
                    String index = close < 0 ? "" : pattern.substring(i + 1, close);
                    if (index.isEmpty() || index.length() > 2 || !index.chars().allMatch(Character::isDigit)) {
                        return new Template(bundle, key, null, null);   // a format type: not parsed here
                    }
                    literals.add(literal.toString());
                    literal.setLength(0);
                    arguments.add(Integer.parseInt(index));
                    i = close + 1;
                }
            }
            if (quoted) {
                return new Template(bundle, key, null, null);
            }
            literals.add(literal.toString());
            return new Template(bundle, key, literals.toArray(new String[0]),
                    arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        String format(Object... args) {
            if (literals == null) {
                return Texts.format(bundle, key, args);
            }
            StringBuilder sb = new StringBuilder(128);
            appendTo(sb, args);
            return sb.toString();
        }

        void appendTo(StringBuilder sb, Object... args) {
            if (literals == null) {
                sb.append(Texts.format(bundle, key, args));
                return;
            }
            for (int i = 0; i < arguments.length; i++) {
                sb.append(literals[i]);
                int a = arguments[i];
                // MessageFormat writes a missing argument as the placeholder itself.
                sb.append(a < args.length ? String.valueOf(args[a]) : "{" + a + "}");
            }
            sb.append(literals[arguments.length]);
        }
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
