package nl.wmebv.core.time;

/**
 * The unit in which a time limit (<em>termijn</em>) is expressed; it decides both the arithmetic and
 * whether the Algemene termijnenwet can apply (ATW art. 4 onder a).
 *
 * <p>Not {@link java.util.concurrent.TimeUnit}: a legal day is not 86,400 seconds. This enum is immutable and
 * thread-safe.
 */
public enum TermUnit {
    /** Hours (<em>uren</em>): elapsed time, 3,600 seconds each; never under the ATW (art. 4 onder a). */
    HOURS("uur", "uren", "hour", "hours"),
    /** Days (<em>dagen</em>): legal days in Europe/Amsterdam; the ATW applies up to 90 days. */
    DAYS("dag", "dagen", "day", "days"),
    /** Weeks (<em>weken</em>): seven legal days each; the ATW applies up to twelve weeks. */
    WEEKS("week", "weken", "week", "weeks"),
    /** Calendar months (<em>maanden</em>); the ATW applies up to three months. */
    MONTHS("maand", "maanden", "month", "months"),
    /** Calendar years (<em>jaren</em>); never under the ATW (art. 4 onder a). */
    YEARS("jaar", "jaar", "year", "years");

    private final String dutchSingular;
    private final String dutchPlural;
    private final String englishSingular;
    private final String englishPlural;

    TermUnit(String dutchSingular, String dutchPlural, String englishSingular, String englishPlural) {
        this.dutchSingular = dutchSingular;
        this.dutchPlural = dutchPlural;
        this.englishSingular = englishSingular;
        this.englishPlural = englishPlural;
    }

    /**
     * Renders an amount of this unit, e.g. "6 weken" or "6 weeks".
     *
     * @param amount   the amount
     * @param english  true for English, false for Dutch
     * @return the rendering
     */
    String render(int amount, boolean english) {
        String word = english ? (amount == 1 ? englishSingular : englishPlural)
                : (amount == 1 ? dutchSingular : dutchPlural);
        return amount + " " + word;
    }
}
