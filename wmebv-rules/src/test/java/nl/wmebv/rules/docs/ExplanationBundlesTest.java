package nl.wmebv.rules.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every explanation bundle {@code Texts.properties} (Dutch, the default) in any module of the source tree has a
 * {@code Texts_en.properties} with exactly the same keys, and each pair of texts has the same MessageFormat
 * placeholders (argument index and format type). A key ending in {@code .args} names the facts behind the
 * placeholders of its text, independent of language; it lives in the default bundle only, and every placeholder
 * of its text in both languages must have a fact. Bundles added by later packages are found without change.
 */
@DisplayName("Uitleg: elke Nederlandse tekst heeft een Engelse met dezelfde sleutels en plaatshouders")
class ExplanationBundlesTest {
    private static final String ARGS = ".args";

    private static List<Path> dutchBundles() throws IOException {
        Path root = ProvisionMatrix.repositoryRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().equals("Texts.properties"))
                    .filter(f -> f.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /**
     * The top-level placeholders of a MessageFormat pattern, as "index" or "index,type"; text between single
     * quotes is literal, and nested braces (inside a choice) are skipped.
     */
    static SortedSet<String> placeholders(String pattern) {
        SortedSet<String> out = new TreeSet<>();
        boolean quoted = false;
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (depth == 0 && c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
                if (depth == 1) {
                    current.setLength(0);
                    continue;
                }
            } else if (!quoted && c == '}' && depth > 0) {
                depth--;
                if (depth == 0) {
                    String[] parts = current.toString().split(",");
                    out.add(parts.length == 1 ? parts[0].strip() : parts[0].strip() + "," + parts[1].strip());
                    continue;
                }
            }
            if (depth > 0) {
                current.append(c);
            }
        }
        return out;
    }

    @Test
    @DisplayName("de scanner van plaatshouders ziet {0}, {1,number}, negeert ''{9}'' en tekst tussen quotes")
    void placeholderScanner() {
        assertEquals(new TreeSet<>(List.of("0", "1,number")), placeholders("Op {0} is ''{1,number}'' dagen"));
        assertEquals(new TreeSet<>(List.of("0")), placeholders("'{9}' en {0}"));
        assertEquals(new TreeSet<>(List.of("0,choice")), placeholders("{0,choice,0#geen|1#{0} dag}"));
    }

    @Test
    @DisplayName("er zijn bundels gevonden, in wmebv-core en in wmebv-rules")
    void bundlesAreFound() throws IOException {
        List<Path> bundles = dutchBundles();
        assertTrue(bundles.stream().anyMatch(p -> p.toString().contains("wmebv-core")), bundles.toString());
        assertTrue(bundles.stream().anyMatch(p -> p.toString().contains("wmebv-rules")), bundles.toString());
    }

    @Test
    @DisplayName("elke Texts.properties heeft een Texts_en.properties met dezelfde sleutels en plaatshouders")
    void dutchAndEnglishAgree() throws IOException {
        Path root = ProvisionMatrix.repositoryRoot();
        List<String> problems = new ArrayList<>();
        for (Path nl : dutchBundles()) {
            String where = root.relativize(nl).toString();
            Path en = nl.resolveSibling("Texts_en.properties");
            if (!Files.isRegularFile(en)) {
                problems.add(where + ": no Texts_en.properties");
                continue;
            }
            Properties dutch = load(nl);
            Properties english = load(en);
            SortedSet<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
            onlyDutch.removeAll(english.stringPropertyNames());
            // "<key>.args" lists, language-independently, the facts that fill {0}, {1}, ... of <key>; it lives in
            // the default bundle only (the English bundle inherits it) and must cover every placeholder of <key>
            onlyDutch.removeIf(k -> k.endsWith(ARGS));
            for (String k : dutch.stringPropertyNames()) {
                if (k.endsWith(ARGS)) {
                    String textKey = k.substring(0, k.length() - ARGS.length());
                    int names = dutch.getProperty(k).split(",").length;
                    for (String lang : List.of("nl", "en")) {
                        String text = (lang.equals("nl") ? dutch : english).getProperty(textKey);
                        if (text == null) {
                            problems.add(where + " " + k + ": no text " + textKey + " (" + lang + ")");
                        } else if (placeholders(text).stream().mapToInt(ph -> Integer.parseInt(ph.split(",")[0]))
                                .anyMatch(i -> i >= names)) {
                            problems.add(where + " " + textKey + " (" + lang + "): a placeholder beyond the " + names
                                    + " facts of " + k);
                        }
                    }
                }
            }
            SortedSet<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(dutch.stringPropertyNames());
            if (!onlyDutch.isEmpty()) {
                problems.add(where + ": keys without English text " + onlyDutch);
            }
            if (!onlyEnglish.isEmpty()) {
                problems.add(where + ": keys without Dutch text " + onlyEnglish);
            }
            for (String key : new TreeMap<>(dutch).keySet().stream().map(Object::toString).toList()) {
                String d = dutch.getProperty(key);
                String e = english.getProperty(key);
                if (e == null) {
                    continue;
                }
                for (String[] text : new String[][] {{"nl", d}, {"en", e}}) {
                    try {
                        new MessageFormat(text[1], Locale.ROOT);
                    } catch (IllegalArgumentException ex) {
                        problems.add(where + " " + key + " (" + text[0] + "): not a MessageFormat: " + ex.getMessage());
                    }
                }
                if (!placeholders(d).equals(placeholders(e))) {
                    problems.add(where + " " + key + ": placeholders nl " + placeholders(d) + " en " + placeholders(e));
                }
                if (d.isBlank() != e.isBlank()) {
                    // an intentionally empty fragment (e.g. receipt data.path.NOT_NEEDED) is empty in both
                    problems.add(where + " " + key + ": empty in one language only");
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    @DisplayName("geen bundel in een andere taal dan Nederlands (standaard) en Engels")
    void onlyDutchAndEnglish() throws IOException {
        Path root = ProvisionMatrix.repositoryRoot();
        List<String> others = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("Texts_") && n.endsWith(".properties") && !n.equals("Texts_en.properties"))
                    .forEach(others::add);
        }
        assertEquals(List.of(), others);
    }
}
