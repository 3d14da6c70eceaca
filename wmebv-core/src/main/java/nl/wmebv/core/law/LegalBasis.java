package nl.wmebv.core.law;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.core.InvalidInputException;

/**
 * A citation of a provision: law, article, and optionally lid (numbered paragraph), onderdeel (lettered
 * item) and zin (sentence), e.g. {@code Awb 2:16 lid 1 onder b}.
 *
 * <p>The compact form round-trips: {@code LegalBasis.parse(b.toString()).equals(b)}. The Dutch form follows
 * the Aanwijzingen voor de regelgeving: "artikel 2:16, eerste lid, onder b, van de Algemene wet
 * bestuursrecht". This class is immutable and thread-safe.
 */
public final class LegalBasis implements Comparable<LegalBasis> {
    private static final Pattern ARTICLE = Pattern.compile("[0-9]+(:[0-9]+)?[a-z]?");
    private static final Pattern ONDERDEEL = Pattern.compile("[a-z]{1,2}|[0-9]{1,2}°");
    private static final Pattern COMPACT = Pattern.compile(
            "(\\S+) (\\S+)(?: lid ([0-9]+))?(?: onder (\\S+))?(?: zin ([0-9]+))?");
    private static final String[] ORDINALS = {"", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde",
        "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
        "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"};
    private static final int MAX_LID = ORDINALS.length - 1;

    private final Law law;
    private final String article;
    private final int lid;
    private final String onderdeel;
    private final int sentence;

    private LegalBasis(Law law, String article, int lid, String onderdeel, int sentence) {
        this.law = law;
        this.article = article;
        this.lid = lid;
        this.onderdeel = onderdeel;
        this.sentence = sentence;
    }

    /**
     * Cites a whole article, e.g. {@code of(Law.AWB, "2:20")}.
     *
     * @param law      the law, not null
     * @param article  the article number, e.g. "2:20" or "1", not null
     * @return the citation
     * @throws InvalidInputException if an argument is null or malformed
     */
    public static LegalBasis of(Law law, String article) {
        return create(law, article, 0, null, 0);
    }

    /**
     * Cites a lid of an article, e.g. {@code of(Law.AWB, "2:17", 2)}.
     *
     * @param law      the law, not null
     * @param article  the article number, not null
     * @param lid      the lid, 1 to 20
     * @return the citation
     * @throws InvalidInputException if an argument is null or malformed
     */
    public static LegalBasis of(Law law, String article, int lid) {
        requireRange(lid, "lid");
        return create(law, article, lid, null, 0);
    }

    /**
     * Cites an onderdeel of a lid, e.g. {@code of(Law.AWB, "2:16", 1, "b")}.
     *
     * @param law        the law, not null
     * @param article    the article number, not null
     * @param lid        the lid, 1 to 20
     * @param onderdeel  the onderdeel, e.g. "b", not null
     * @return the citation
     * @throws InvalidInputException if an argument is null or malformed
     */
    public static LegalBasis of(Law law, String article, int lid, String onderdeel) {
        requireRange(lid, "lid");
        notNull(onderdeel, "onderdeel");
        return create(law, article, lid, onderdeel, 0);
    }

    /**
     * Cites an onderdeel of an article that has no leden, e.g. {@code ofOnderdeel(Law.AWB, "2:19", "c")}.
     *
     * @param law        the law, not null
     * @param article    the article number, not null
     * @param onderdeel  the onderdeel, not null
     * @return the citation
     * @throws InvalidInputException if an argument is null or malformed
     */
    public static LegalBasis ofOnderdeel(Law law, String article, String onderdeel) {
        notNull(onderdeel, "onderdeel");
        return create(law, article, 0, onderdeel, 0);
    }

    /**
     * Returns this citation narrowed to one sentence (<em>zin</em>) of the lid, e.g. the second sentence
     * of Awb 2:21 lid 3.
     *
     * @param sentence  the sentence number, 1 to 20
     * @return the narrower citation
     * @throws InvalidInputException if the number is out of range
     */
    public LegalBasis withSentence(int sentence) {
        requireRange(sentence, "sentence");
        return new LegalBasis(law, article, lid, onderdeel, sentence);
    }

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "notNull", "must not be null");
        }
        return value;
    }

    private static void requireRange(int value, String field) {
        if (value < 1 || value > MAX_LID) {
            throw new InvalidInputException(field, "range", "must be between 1 and " + MAX_LID + ", was " + value);
        }
    }

    private static LegalBasis create(Law law, String article, int lid, String onderdeel, int sentence) {
        notNull(law, "law");
        notNull(article, "article");
        if (!ARTICLE.matcher(article).matches()) {
            throw new InvalidInputException("article", "format",
                    "must look like \"2:16\" or \"1\", was \"" + article + "\"");
        }
        if (law == Law.AWB && !article.contains(":")) {
            throw new InvalidInputException("article", "format",
                    "an Awb article has a chapter and a number, like \"2:16\", was \"" + article + "\"");
        }
        if (onderdeel != null && !ONDERDEEL.matcher(onderdeel).matches()) {
            throw new InvalidInputException("onderdeel", "format",
                    "must be a letter such as \"b\", was \"" + onderdeel + "\"");
        }
        return new LegalBasis(law, article, lid, onderdeel, sentence);
    }

    /**
     * Parses the compact form produced by {@link #toString()}, e.g. {@code "Awb 2:16 lid 1 onder b"},
     * {@code "ATW 3 lid 2"} or {@code "Awb 2:21 lid 3 zin 2"}.
     *
     * @param text  the citation, not null
     * @return the citation
     * @throws InvalidInputException if the text is null or not a citation ({@code field() "citation"})
     */
    public static LegalBasis parse(String text) {
        notNull(text, "citation");
        Matcher m = COMPACT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("citation", "format",
                    "must look like \"Awb 2:16 lid 1 onder b\", was \"" + text + "\"");
        }
        Law law = Law.byAbbreviation(m.group(1));
        if (law == null) {
            throw new InvalidInputException("citation", "knownLaw",
                    "names an unknown law \"" + m.group(1) + "\"; known: Awb, ATW, Wdo");
        }
        try {
            int lid = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sentence = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            if (lid > MAX_LID || sentence > MAX_LID || (m.group(3) != null && lid < 1)
                    || (m.group(5) != null && sentence < 1)) {
                throw new InvalidInputException("citation", "range",
                        "lid and zin must be between 1 and " + MAX_LID + ", was \"" + text + "\"");
            }
            return create(law, m.group(2), lid, m.group(4), sentence);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("citation", "range", "has a number that is too large: \"" + text + "\"");
        } catch (InvalidInputException e) {
            if (e.field().equals("citation")) {
                throw e;
            }
            throw new InvalidInputException("citation", e.constraint(), e.getMessage());
        }
    }

    /**
     * Copies a list of citations that must not be empty; for outcome records.
     *
     * @param list   the citations
     * @param field  the field name used in errors
     * @return an unmodifiable copy
     * @throws InvalidInputException if the list is null, empty or holds null
     */
    public static List<LegalBasis> nonEmptyCopy(List<LegalBasis> list, String field) {
        notNull(list, field);
        if (list.isEmpty()) {
            throw new InvalidInputException(field, "notEmpty", "must hold at least one legal basis");
        }
        try {
            // List.copyOf rejects null elements and returns an unmodifiable list as it is (issue 8: no loop, no
            // string work on the happy path); only on a null is its index looked for, to name the field.
            return List.copyOf(list);
        } catch (NullPointerException e) {
            for (int i = 0; i < list.size(); i++) {
                notNull(list.get(i), field + "[" + i + "]");
            }
            throw e;
        }
    }

    /**
     * Returns the law.
     *
     * @return the law
     */
    public Law law() {
        return law;
    }

    /**
     * Returns the article number, e.g. "2:16".
     *
     * @return the article
     */
    public String article() {
        return article;
    }

    /**
     * Returns the lid, if cited.
     *
     * @return the lid
     */
    public OptionalInt lid() {
        return lid == 0 ? OptionalInt.empty() : OptionalInt.of(lid);
    }

    /**
     * Returns the onderdeel, if cited.
     *
     * @return the onderdeel, e.g. "b"
     */
    public Optional<String> onderdeel() {
        return Optional.ofNullable(onderdeel);
    }

    /**
     * Returns the sentence (<em>zin</em>), if cited.
     *
     * @return the sentence number
     */
    public OptionalInt sentence() {
        return sentence == 0 ? OptionalInt.empty() : OptionalInt.of(sentence);
    }

    /**
     * Returns true if this citation equals {@code other} or is a part of it (same article, and every
     * component cited by {@code other} is the same here).
     *
     * @param other  the wider citation, not null
     * @return whether this lies within {@code other}
     */
    public boolean isWithin(LegalBasis other) {
        notNull(other, "other");
        return law == other.law && article.equals(other.article)
                && (other.lid == 0 || other.lid == lid)
                && (other.onderdeel == null || other.onderdeel.equals(onderdeel))
                && (other.sentence == 0 || other.sentence == sentence);
    }

    /**
     * Renders the Dutch citation, e.g. "artikel 2:16, eerste lid, onder b, van de Algemene wet
     * bestuursrecht".
     *
     * @return the Dutch citation
     */
    public String toDutchCitation() {
        StringBuilder sb = new StringBuilder("artikel ").append(article);
        if (lid != 0) {
            sb.append(", ").append(ORDINALS[lid]).append(" lid");
        }
        if (sentence != 0) {
            sb.append(", ").append(ORDINALS[sentence]).append(" volzin");
        }
        if (onderdeel != null) {
            sb.append(", onder ").append(onderdeel);
        }
        boolean parts = lid != 0 || sentence != 0 || onderdeel != null;
        return sb.append(parts ? ", van de " : " van de ").append(law.dutchTitle()).toString();
    }

    /**
     * Renders an English citation, e.g. "Article 2:16(1)(b) of the General Administrative Law Act (Awb)".
     *
     * @return the English citation
     */
    public String toEnglishCitation() {
        StringBuilder sb = new StringBuilder("Article ").append(article);
        if (lid != 0) {
            sb.append('(').append(lid).append(')');
        }
        if (onderdeel != null) {
            sb.append('(').append(onderdeel).append(')');
        }
        if (sentence != 0) {
            sb.append(", sentence ").append(sentence);
        }
        return sb.append(" of the ").append(law.englishTitle()).append(" (").append(law.abbreviation())
                .append(')').toString();
    }

    /**
     * Renders the citation for a locale: English for English, Dutch otherwise.
     *
     * @param locale  the locale, not null
     * @return the citation
     */
    public String toCitation(Locale locale) {
        notNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? toEnglishCitation() : toDutchCitation();
    }

    /**
     * Returns the address of the article on wetten.overheid.nl, in the version the library cites.
     *
     * @return the URL, as text
     */
    public String url() {
        return "https://wetten.overheid.nl/" + law.bwbId() + "/" + law.citedVersion() + "#Artikel"
                + article.replace(":", "");
    }

    @Override
    public int compareTo(LegalBasis o) {
        int c = law.compareTo(o.law);
        if (c != 0) {
            return c;
        }
        c = compareArticles(article, o.article);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(lid, o.lid);
        if (c != 0) {
            return c;
        }
        c = Objects.compare(onderdeel, o.onderdeel,
                (a, b) -> a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b));
        return c != 0 ? c : Integer.compare(sentence, o.sentence);
    }

    private static int compareArticles(String a, String b) {
        String[] pa = a.split(":");
        String[] pb = b.split(":");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = compareNumberPart(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int compareNumberPart(String a, String b) {
        String da = a.replaceAll("[^0-9]", "");
        String db = b.replaceAll("[^0-9]", "");
        int c = Integer.compare(Integer.parseInt(da), Integer.parseInt(db));
        return c != 0 ? c : a.compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegalBasis other && law == other.law && article.equals(other.article)
                && lid == other.lid && Objects.equals(onderdeel, other.onderdeel) && sentence == other.sentence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(law, article, lid, onderdeel, sentence);
    }

    /**
     * Returns the compact form, e.g. {@code "Awb 2:16 lid 1 onder b"}, which {@link #parse} reads back.
     *
     * @return the compact citation
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(law.abbreviation()).append(' ').append(article);
        if (lid != 0) {
            sb.append(" lid ").append(lid);
        }
        if (onderdeel != null) {
            sb.append(" onder ").append(onderdeel);
        }
        if (sentence != 0) {
            sb.append(" zin ").append(sentence);
        }
        return sb.toString();
    }
}
