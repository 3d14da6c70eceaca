package nl.wmebv.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;

/**
 * A day that counts as an algemeen erkende feestdag for the Algemene termijnenwet (<em>algemeen erkende
 * feestdag</em>, ATW art. 3): a day listed in lid 1, Goede Vrijdag (lid 2) or a day equated by decree (lid
 * 3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date    the legal day
 * @param kind    which day of ATW art. 3 it is
 * @param decree  the decree for {@link Kind#EQUATED_BY_DECREE}, empty for every other kind
 */
public record PublicHoliday(LocalDate date, Kind kind, Optional<EquatedDay> decree) {

    /**
     * The days of ATW art. 3, in the order they fall in a year.
     *
     * <p>This enum is immutable and thread-safe.
     */
    public enum Kind {
        /** Nieuwjaarsdag, 1 January (ATW art. 3 lid 1). */
        NEW_YEARS_DAY("Nieuwjaarsdag", "New Year's Day", Provision.ATW_3_LID_1),
        /** Goede Vrijdag, two days before Easter Sunday, equated by the Act itself (ATW art. 3 lid 2). */
        GOOD_FRIDAY("Goede Vrijdag", "Good Friday", Provision.ATW_3_LID_2),
        /** Christelijke tweede Paasdag, the day after Easter Sunday (ATW art. 3 lid 1). */
        EASTER_MONDAY("Tweede Paasdag", "Easter Monday", Provision.ATW_3_LID_1),
        /**
         * Koningsdag, "de dag waarop de verjaardag van de Koning wordt gevierd" (ATW art. 3 lid 1): 27 April, or
         * 26 April when 27 April is a Sunday, from 2014.
         */
        KINGS_DAY("Koningsdag", "King's Day", Provision.ATW_3_LID_1),
        /** De vijfde mei (Bevrijdingsdag), every year (ATW art. 3 lid 1). */
        FIFTH_OF_MAY("5 mei", "5 May", Provision.ATW_3_LID_1),
        /** Hemelvaartsdag, 39 days after Easter Sunday (ATW art. 3 lid 1). */
        ASCENSION_DAY("Hemelvaartsdag", "Ascension Day", Provision.ATW_3_LID_1),
        /** Christelijke tweede Pinksterdag, 50 days after Easter Sunday (ATW art. 3 lid 1). */
        WHIT_MONDAY("Tweede Pinksterdag", "Whit Monday", Provision.ATW_3_LID_1),
        /** Eerste Kerstdag, 25 December (ATW art. 3 lid 1, "de beide Kerstdagen"). */
        CHRISTMAS_DAY("Eerste Kerstdag", "Christmas Day", Provision.ATW_3_LID_1),
        /** Tweede Kerstdag, 26 December (ATW art. 3 lid 1, "de beide Kerstdagen"). */
        SECOND_CHRISTMAS_DAY("Tweede Kerstdag", "Boxing Day", Provision.ATW_3_LID_1),
        /** A day equated by a decree published in the Staatscourant (ATW art. 3 lid 3). */
        EQUATED_BY_DECREE("bij besluit gelijkgestelde dag", "day equated by decree", Provision.ATW_3_LID_3);

        private final String dutchName;
        private final String englishName;
        private final Provision provision;

        Kind(String dutchName, String englishName, Provision provision) {
            this.dutchName = dutchName;
            this.englishName = englishName;
            this.provision = provision;
        }

        /**
         * Returns the Dutch name, e.g. "Tweede Paasdag".
         *
         * @return the Dutch name
         */
        public String dutchName() {
            return dutchName;
        }

        /**
         * Returns the English name, e.g. "Easter Monday".
         *
         * @return the English name
         */
        public String englishName() {
            return englishName;
        }

        /**
         * Returns the provision that makes this day a feestdag: {@link Provision#ATW_3_LID_1},
         * {@link Provision#ATW_3_LID_2} or {@link Provision#ATW_3_LID_3}.
         *
         * @return the provision
         */
        public Provision provision() {
            return provision;
        }
    }

    /**
     * Validates the holiday.
     *
     * @param date    the legal day, not null
     * @param kind    the kind, not null
     * @param decree  the decree, not null; present exactly for {@link Kind#EQUATED_BY_DECREE}, and then for
     *                the same date
     * @throws InvalidInputException if a value is null ({@code "date"}, {@code "kind"}, {@code "decree"}), or
     *         the decree does not match the kind or the date ({@code "decree"})
     */
    public PublicHoliday {
        Checks.notNull(date, "date");
        Checks.notNull(kind, "kind");
        Checks.notNull(decree, "decree");
        boolean equated = kind == Kind.EQUATED_BY_DECREE;
        Checks.require(decree.isPresent() == equated, "decree", "matchesKind",
                equated ? "must be present for a day equated by decree" : "must be empty for " + kind,
                Provision.ATW_3_LID_3.basis());
        Checks.require(decree.map(d -> d.date().equals(date)).orElse(true), "decree", "sameDate",
                "must be for the holiday's date " + date, Provision.ATW_3_LID_3.basis());
    }

    /**
     * Creates a feestdag of art. 3 lid 1 or lid 2.
     *
     * @param date  the legal day, not null
     * @param kind  the kind, not null and not {@link Kind#EQUATED_BY_DECREE}
     * @return the holiday
     * @throws InvalidInputException if a value is null or the kind needs a decree
     */
    public static PublicHoliday of(LocalDate date, Kind kind) {
        return new PublicHoliday(date, kind, Optional.empty());
    }

    /**
     * Creates the feestdag of a day equated by decree (art. 3 lid 3).
     *
     * @param decree  the equated day, not null
     * @return the holiday
     * @throws InvalidInputException if {@code decree} is null
     */
    public static PublicHoliday equated(EquatedDay decree) {
        Checks.notNull(decree, "decree");
        return new PublicHoliday(decree.date(), Kind.EQUATED_BY_DECREE, Optional.of(decree));
    }

    /**
     * Returns the provision that makes this day a feestdag.
     *
     * @return {@link Provision#ATW_3_LID_1}, {@link Provision#ATW_3_LID_2} or {@link Provision#ATW_3_LID_3}
     */
    public Provision provision() {
        return kind.provision();
    }

    /**
     * Returns the citation of {@link #provision()}.
     *
     * @return the legal basis
     */
    public LegalBasis basis() {
        return kind.provision().basis();
    }

    /**
     * Returns the name of the day: the decree's description for an equated day, else the kind's name; English
     * for an English locale, Dutch for every other.
     *
     * @param locale  the locale, not null
     * @return the name
     * @throws InvalidInputException if {@code locale} is null
     */
    public String name(Locale locale) {
        Checks.notNull(locale, "locale");
        if (decree.isPresent()) {
            return decree.get().description();
        }
        return "en".equals(locale.getLanguage()) ? kind.englishName() : kind.dutchName();
    }
}
