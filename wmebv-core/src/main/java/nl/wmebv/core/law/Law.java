package nl.wmebv.core.law;

import java.time.LocalDate;

/**
 * A law (<em>wet</em>) that the library cites, with its abbreviation, full Dutch title and BWB identifier
 * on wetten.overheid.nl. This enum is immutable and thread-safe.
 */
public enum Law {
    /** Algemene wet bestuursrecht (BWBR0005537), cited in the version valid from 2026-01-01. */
    AWB("Awb", "Algemene wet bestuursrecht", "General Administrative Law Act", "BWBR0005537",
            LocalDate.of(2026, 1, 1)),
    /** Algemene termijnenwet (BWBR0002448), cited in the version valid from 2010-10-10. */
    ATW("ATW", "Algemene termijnenwet", "General Time Limits Act", "BWBR0002448", LocalDate.of(2010, 10, 10)),
    /** Wet digitale overheid (BWBR0048156). */
    WDO("Wdo", "Wet digitale overheid", "Digital Government Act", "BWBR0048156", LocalDate.of(2023, 7, 1));

    private final String abbreviation;
    private final String dutchTitle;
    private final String englishTitle;
    private final String bwbId;
    private final LocalDate citedVersion;

    Law(String abbreviation, String dutchTitle, String englishTitle, String bwbId, LocalDate citedVersion) {
        this.abbreviation = abbreviation;
        this.dutchTitle = dutchTitle;
        this.englishTitle = englishTitle;
        this.bwbId = bwbId;
        this.citedVersion = citedVersion;
    }

    /**
     * Returns the customary abbreviation, e.g. {@code "Awb"}.
     *
     * @return the abbreviation
     */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * Returns the full Dutch title, e.g. "Algemene wet bestuursrecht".
     *
     * @return the Dutch title
     */
    public String dutchTitle() {
        return dutchTitle;
    }

    /**
     * Returns an English rendering of the title.
     *
     * @return the English title
     */
    public String englishTitle() {
        return englishTitle;
    }

    /**
     * Returns the identifier in the Basiswettenbestand, e.g. {@code "BWBR0005537"}.
     *
     * @return the BWB identifier
     */
    public String bwbId() {
        return bwbId;
    }

    /**
     * Returns the date of the consolidated version the library cites.
     *
     * @return the version date
     */
    public LocalDate citedVersion() {
        return citedVersion;
    }

    /**
     * Finds a law by its abbreviation, ignoring case.
     *
     * @param abbreviation  e.g. "Awb" or "ATW"
     * @return the law, or null when unknown
     */
    static Law byAbbreviation(String abbreviation) {
        for (Law law : values()) {
            if (law.abbreviation.equalsIgnoreCase(abbreviation)) {
                return law;
            }
        }
        return null;
    }
}
