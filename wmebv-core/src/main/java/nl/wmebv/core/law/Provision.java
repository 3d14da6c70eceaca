package nl.wmebv.core.law;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Every provision the library implements or refers to, one constant per lid or onderdeel, with its
 * citation, the date from which the cited text is in force and a short Dutch title.
 *
 * <p>Rules cite these constants, never strings; the documentation lists them. In-force dates come
 * from the consolidations cited in {@code LAW.md} section 1: afdeling 2.3 as rewritten by the Wmebv from
 * 2026-01-01, except Awb 2:10 lid 2 (2027-01-01) and 2:1 lid 1 (2024-01-01); long-standing Awb provisions
 * carry the Awb's own commencement date (1994-01-01), ATW provisions the date of the consolidated version
 * cited (2010-10-10). This enum is immutable and thread-safe.
 */
public enum Provision {
    /** Passende ondersteuning bij het verkeer met het bestuursorgaan (Awb 2:1 lid 1); in force from 2024-01-01. */
    AWB_2_1_LID_1(LegalBasis.of(Law.AWB, "2:1", 1), LocalDate.of(2024, 1, 1),
            "Passende ondersteuning bij het verkeer met het bestuursorgaan"),
    /** Doorzenden aan het bevoegde bestuursorgaan (Awb 2:3 lid 1); in force from 2026-01-01. */
    AWB_2_3_LID_1(LegalBasis.of(Law.AWB, "2:3", 1), LocalDate.of(2026, 1, 1),
            "Doorzenden aan het bevoegde bestuursorgaan"),
    /** Terugzenden van een niet voor het bestuursorgaan bestemd bericht (Awb 2:3 lid 2); in force from 2026-01-01. */
    AWB_2_3_LID_2(LegalBasis.of(Law.AWB, "2:3", 2), LocalDate.of(2026, 1, 1),
            "Terugzenden van een niet voor het bestuursorgaan bestemd bericht"),
    /** Door- of terugzenden van een elektronisch bericht alleen zonder nadere bewerking (Awb 2:3 lid 3); in force from 2026-01-01. */
    AWB_2_3_LID_3(LegalBasis.of(Law.AWB, "2:3", 3), LocalDate.of(2026, 1, 1),
            "Door- of terugzenden van een elektronisch bericht alleen zonder nadere bewerking"),
    /** Elektronisch verzenden tenzij een vormvoorschrift zich verzet (Awb 2:7 lid 1); in force from 2026-01-01. */
    AWB_2_7_LID_1(LegalBasis.of(Law.AWB, "2:7", 1), LocalDate.of(2026, 1, 1),
            "Elektronisch verzenden tenzij een vormvoorschrift zich verzet"),
    /** Geen voorgeschreven elektronische weg voor berichten aan geadresseerden (Awb 2:7 lid 2); in force from 2026-01-01. */
    AWB_2_7_LID_2(LegalBasis.of(Law.AWB, "2:7", 2), LocalDate.of(2026, 1, 1),
            "Geen voorgeschreven elektronische weg voor berichten aan geadresseerden"),
    /** Elektronisch verzenden alleen na uitdrukkelijke toestemming van de geadresseerde (Awb 2:8); in force from 2026-01-01. */
    AWB_2_8(LegalBasis.of(Law.AWB, "2:8"), LocalDate.of(2026, 1, 1),
            "Elektronisch verzenden alleen na uitdrukkelijke toestemming van de geadresseerde"),
    /** Voldoende betrouwbare en vertrouwelijke verzending door het bestuursorgaan (Awb 2:9); in force from 2026-01-01. */
    AWB_2_9(LegalBasis.of(Law.AWB, "2:9"), LocalDate.of(2026, 1, 1),
            "Voldoende betrouwbare en vertrouwelijke verzending door het bestuursorgaan"),
    /** Kennisgeving binnen 48 uur van een toegankelijk geworden bericht (Awb 2:10 lid 1); in force from 2026-01-01. */
    AWB_2_10_LID_1(LegalBasis.of(Law.AWB, "2:10", 1), LocalDate.of(2026, 1, 1),
            "Kennisgeving binnen 48 uur van een toegankelijk geworden bericht"),
    /** Inhoud van de kennisgeving (Awb 2:10 lid 2); in force from 2027-01-01. */
    AWB_2_10_LID_2(LegalBasis.of(Law.AWB, "2:10", 2), LocalDate.of(2027, 1, 1),
            "Inhoud van de kennisgeving"),
    /** Kennisgeving via de Wdo-voorziening volstaat (Awb 2:10 lid 3); in force from 2026-01-01. */
    AWB_2_10_LID_3(LegalBasis.of(Law.AWB, "2:10", 3), LocalDate.of(2026, 1, 1),
            "Kennisgeving via de Wdo-voorziening volstaat"),
    /** Nogmaals of anders verzenden na mislukte bezorging (Awb 2:11 lid 1); in force from 2026-01-01. */
    AWB_2_11_LID_1(LegalBasis.of(Law.AWB, "2:11", 1), LocalDate.of(2026, 1, 1),
            "Nogmaals of anders verzenden na mislukte bezorging"),
    /** Mislukte bezorging van een kennisgeving (Awb 2:11 lid 2); in force from 2026-01-01. */
    AWB_2_11_LID_2(LegalBasis.of(Law.AWB, "2:11", 2), LocalDate.of(2026, 1, 1),
            "Mislukte bezorging van een kennisgeving"),
    /** Tweede verzending geldt als tijdstip van verzending (Awb 2:11 lid 3); in force from 2026-01-01. */
    AWB_2_11_LID_3(LegalBasis.of(Law.AWB, "2:11", 3), LocalDate.of(2026, 1, 1),
            "Tweede verzending geldt als tijdstip van verzending"),
    /** Wijzigen of intrekken door een nieuw bericht (Awb 2:12); in force from 2026-01-01. */
    AWB_2_12(LegalBasis.of(Law.AWB, "2:12"), LocalDate.of(2026, 1, 1),
            "Wijzigen of intrekken door een nieuw bericht"),
    /** Ieder mag een formeel bericht elektronisch zenden (Awb 2:13 lid 1); in force from 2026-01-01. */
    AWB_2_13_LID_1(LegalBasis.of(Law.AWB, "2:13", 1), LocalDate.of(2026, 1, 1),
            "Ieder mag een formeel bericht elektronisch zenden"),
    /** Aanwijzing van een wijze van verzenden per type bericht (Awb 2:13 lid 2); in force from 2026-01-01. */
    AWB_2_13_LID_2(LegalBasis.of(Law.AWB, "2:13", 2), LocalDate.of(2026, 1, 1),
            "Aanwijzing van een wijze van verzenden per type bericht"),
    /** Nadere eisen aan elektronische verzending (Awb 2:13 lid 3); in force from 2026-01-01. */
    AWB_2_13_LID_3(LegalBasis.of(Law.AWB, "2:13", 3), LocalDate.of(2026, 1, 1),
            "Nadere eisen aan elektronische verzending"),
    /** Tijdelijke regeling: uitzondering op het eerste lid (Awb 2:13 lid 4); in force from 2026-01-01. */
    AWB_2_13_LID_4(LegalBasis.of(Law.AWB, "2:13", 4), LocalDate.of(2026, 1, 1),
            "Tijdelijke regeling: uitzondering op het eerste lid"),
    /** Andere berichten via een opengestelde weg (Awb 2:14); in force from 2026-01-01. */
    AWB_2_14(LegalBasis.of(Law.AWB, "2:14"), LocalDate.of(2026, 1, 1),
            "Andere berichten via een opengestelde weg"),
    /** Weigering wegens onevenredige belasting (Awb 2:15 lid 1); in force from 2026-01-01. */
    AWB_2_15_LID_1(LegalBasis.of(Law.AWB, "2:15", 1), LocalDate.of(2026, 1, 1),
            "Weigering wegens onevenredige belasting"),
    /** Weigering wegens onvoldoende betrouwbaarheid of vertrouwelijkheid (Awb 2:15 lid 2); in force from 2026-01-01. */
    AWB_2_15_LID_2(LegalBasis.of(Law.AWB, "2:15", 2), LocalDate.of(2026, 1, 1),
            "Weigering wegens onvoldoende betrouwbaarheid of vertrouwelijkheid"),
    /** Mededeling van de weigering aan de afzender (Awb 2:15 lid 3); in force from 2026-01-01. */
    AWB_2_15_LID_3(LegalBasis.of(Law.AWB, "2:15", 3), LocalDate.of(2026, 1, 1),
            "Mededeling van de weigering aan de afzender"),
    /** Volstaan met wijzen op de juiste wijze van verzending (Awb 2:16 lid 1); in force from 2026-01-01. */
    AWB_2_16_LID_1(LegalBasis.of(Law.AWB, "2:16", 1), LocalDate.of(2026, 1, 1),
            "Volstaan met wijzen op de juiste wijze van verzending"),
    /** Behandelbaar zonder nadere bewerking (Awb 2:16 lid 1 onder a); in force from 2026-01-01. */
    AWB_2_16_LID_1_ONDER_A(LegalBasis.of(Law.AWB, "2:16", 1, "a"), LocalDate.of(2026, 1, 1),
            "Behandelbaar zonder nadere bewerking"),
    /** Bezwaar- of administratief beroepschrift (Awb 2:16 lid 1 onder b); in force from 2026-01-01. */
    AWB_2_16_LID_1_ONDER_B(LegalBasis.of(Law.AWB, "2:16", 1, "b"), LocalDate.of(2026, 1, 1),
            "Bezwaar- of administratief beroepschrift"),
    /** Geen wijze van verzending aangewezen voor het type bericht (Awb 2:16 lid 1 onder c); in force from 2026-01-01. */
    AWB_2_16_LID_1_ONDER_C(LegalBasis.of(Law.AWB, "2:16", 1, "c"), LocalDate.of(2026, 1, 1),
            "Geen wijze van verzending aangewezen voor het type bericht"),
    /** Geen reactieplicht bij een voor geen enkel bericht aangewezen wijze (Awb 2:16 lid 2); in force from 2026-01-01. */
    AWB_2_16_LID_2(LegalBasis.of(Law.AWB, "2:16", 2), LocalDate.of(2026, 1, 1),
            "Geen reactieplicht bij een voor geen enkel bericht aangewezen wijze"),
    /** Ontvangstbevestiging (Awb 2:17 lid 1); in force from 2026-01-01. */
    AWB_2_17_LID_1(LegalBasis.of(Law.AWB, "2:17", 1), LocalDate.of(2026, 1, 1),
            "Ontvangstbevestiging"),
    /** Geen ontvangstbevestiging bij een gedeeld systeem (Awb 2:17 lid 1 onder a); in force from 2026-01-01. */
    AWB_2_17_LID_1_ONDER_A(LegalBasis.of(Law.AWB, "2:17", 1, "a"), LocalDate.of(2026, 1, 1),
            "Geen ontvangstbevestiging bij een gedeeld systeem"),
    /** Geen ontvangstbevestiging zonder elektronisch adres (Awb 2:17 lid 1 onder b); in force from 2026-01-01. */
    AWB_2_17_LID_1_ONDER_B(LegalBasis.of(Law.AWB, "2:17", 1, "b"), LocalDate.of(2026, 1, 1),
            "Geen ontvangstbevestiging zonder elektronisch adres"),
    /** Ingevoerde gegevens ter beschikking stellen (Awb 2:17 lid 2); in force from 2026-01-01. */
    AWB_2_17_LID_2(LegalBasis.of(Law.AWB, "2:17", 2), LocalDate.of(2026, 1, 1),
            "Ingevoerde gegevens ter beschikking stellen"),
    /** Elektronische handtekening (Awb 2:18 lid 1); in force from 2026-01-01. */
    AWB_2_18_LID_1(LegalBasis.of(Law.AWB, "2:18", 1), LocalDate.of(2026, 1, 1),
            "Elektronische handtekening"),
    /** Voorgeschreven type elektronische handtekening (Awb 2:18 lid 2); in force from 2026-01-01. */
    AWB_2_18_LID_2(LegalBasis.of(Law.AWB, "2:18", 2), LocalDate.of(2026, 1, 1),
            "Voorgeschreven type elektronische handtekening"),
    /** Tijdstip van verzending door het bestuursorgaan, het artikel als geheel (Awb 2:19); in force from 2026-01-01. */
    AWB_2_19(LegalBasis.of(Law.AWB, "2:19"), LocalDate.of(2026, 1, 1),
            "Tijdstip van verzending door het bestuursorgaan"),
    /** Verzonden: bereiken van een systeem waarvoor geen bestuursorgaan verantwoordelijkheid draagt (Awb 2:19 onder a); in force from 2026-01-01. */
    AWB_2_19_ONDER_A(LegalBasis.ofOnderdeel(Law.AWB, "2:19", "a"), LocalDate.of(2026, 1, 1),
            "Verzonden: bereiken van een systeem waarvoor geen bestuursorgaan verantwoordelijkheid draagt"),
    /** Verzonden: toegankelijk in een systeem waarin de geadresseerde toegang heeft (Awb 2:19 onder b); in force from 2026-01-01. */
    AWB_2_19_ONDER_B(LegalBasis.ofOnderdeel(Law.AWB, "2:19", "b"), LocalDate.of(2026, 1, 1),
            "Verzonden: toegankelijk in een systeem waarin de geadresseerde toegang heeft"),
    /** Verzonden: toegankelijk via de Wdo-voorziening (Awb 2:19 onder c); in force from 2026-01-01. */
    AWB_2_19_ONDER_C(LegalBasis.ofOnderdeel(Law.AWB, "2:19", "c"), LocalDate.of(2026, 1, 1),
            "Verzonden: toegankelijk via de Wdo-voorziening"),
    /** Tijdstip van ontvangst door het bestuursorgaan (Awb 2:20); in force from 2026-01-01. */
    AWB_2_20(LegalBasis.of(Law.AWB, "2:20"), LocalDate.of(2026, 1, 1),
            "Tijdstip van ontvangst door het bestuursorgaan"),
    /** Verlenging wegens verminderde elektronische bereikbaarheid (Awb 2:21 lid 1); in force from 2026-01-01. */
    AWB_2_21_LID_1(LegalBasis.of(Law.AWB, "2:21", 1), LocalDate.of(2026, 1, 1),
            "Verlenging wegens verminderde elektronische bereikbaarheid"),
    /** Mededeling van de verlenging (Awb 2:21 lid 2); in force from 2026-01-01. */
    AWB_2_21_LID_2(LegalBasis.of(Law.AWB, "2:21", 2), LocalDate.of(2026, 1, 1),
            "Mededeling van de verlenging"),
    /** Termijnoverschrijding bij onbereikbaarheid niet tegengeworpen (Awb 2:21 lid 3); in force from 2026-01-01. */
    AWB_2_21_LID_3(LegalBasis.of(Law.AWB, "2:21", 3), LocalDate.of(2026, 1, 1),
            "Termijnoverschrijding bij onbereikbaarheid niet tegengeworpen"),
    /** In ieder geval geen verzuim voor de duur van de onbereikbaarheid (Awb 2:21 lid 3 zin 2); in force from 2026-01-01. */
    AWB_2_21_LID_3_ZIN_2(LegalBasis.of(Law.AWB, "2:21", 3).withSentence(2), LocalDate.of(2026, 1, 1),
            "In ieder geval geen verzuim voor de duur van de onbereikbaarheid"),
    /** Nadere regels over verschoonbaarheid (Awb 2:21 lid 4); in force from 2026-01-01. */
    AWB_2_21_LID_4(LegalBasis.of(Law.AWB, "2:21", 4), LocalDate.of(2026, 1, 1),
            "Nadere regels over verschoonbaarheid"),
    /** Geen kennisgeving verzonden: overschrijding niet tegengeworpen (Awb 2:22 lid 1); in force from 2026-01-01. */
    AWB_2_22_LID_1(LegalBasis.of(Law.AWB, "2:22", 1), LocalDate.of(2026, 1, 1),
            "Geen kennisgeving verzonden: overschrijding niet tegengeworpen"),
    /** Kennisgeving niet ontvangen: overschrijding verschoonbaar (Awb 2:22 lid 2); in force from 2026-01-01. */
    AWB_2_22_LID_2(LegalBasis.of(Law.AWB, "2:22", 2), LocalDate.of(2026, 1, 1),
            "Kennisgeving niet ontvangen: overschrijding verschoonbaar"),
    /** Verlenging van de termijn na wijzen op de juiste wijze (Awb 2:23); in force from 2026-01-01. */
    AWB_2_23(LegalBasis.of(Law.AWB, "2:23"), LocalDate.of(2026, 1, 1),
            "Verlenging van de termijn na wijzen op de juiste wijze"),
    /** Behandeltermijn vanaf interne doorgeleiding (Awb 2:24); in force from 2026-01-01. */
    AWB_2_24(LegalBasis.of(Law.AWB, "2:24"), LocalDate.of(2026, 1, 1),
            "Behandeltermijn vanaf interne doorgeleiding"),
    /** Bewijslast en afschrift (Awb 2:25); in force from 2026-01-01. */
    AWB_2_25(LegalBasis.of(Law.AWB, "2:25"), LocalDate.of(2026, 1, 1),
            "Bewijslast en afschrift"),
    /** Bekendmaking door toezending of uitreiking (Awb 3:41 lid 1); in force from 1994-01-01. */
    AWB_3_41_LID_1(LegalBasis.of(Law.AWB, "3:41", 1), LocalDate.of(1994, 1, 1),
            "Bekendmaking door toezending of uitreiking"),
    /** Geen onnodige gegevens in een aanvraagformulier (Awb 4:4 lid 2); in force from 2026-01-01. */
    AWB_4_4_LID_2(LegalBasis.of(Law.AWB, "4:4", 2), LocalDate.of(2026, 1, 1),
            "Geen onnodige gegevens in een aanvraagformulier"),
    /** Afzien van herstelgelegenheid na wijzen op de juiste wijze (Awb 4:5 lid 5); in force from 2026-01-01. */
    AWB_4_5_LID_5(LegalBasis.of(Law.AWB, "4:5", 5), LocalDate.of(2026, 1, 1),
            "Afzien van herstelgelegenheid na wijzen op de juiste wijze"),
    /** Bezwaar- en beroepstermijn van zes weken (Awb 6:7); in force from 1994-01-01. */
    AWB_6_7(LegalBasis.of(Law.AWB, "6:7"), LocalDate.of(1994, 1, 1),
            "Bezwaar- en beroepstermijn van zes weken"),
    /** Aanvang van de termijn na bekendmaking (Awb 6:8 lid 1); in force from 1994-01-01. */
    AWB_6_8_LID_1(LegalBasis.of(Law.AWB, "6:8", 1), LocalDate.of(1994, 1, 1),
            "Aanvang van de termijn na bekendmaking"),
    /** Tijdig indien voor het einde van de termijn ontvangen (Awb 6:9 lid 1); in force from 1994-01-01. */
    AWB_6_9_LID_1(LegalBasis.of(Law.AWB, "6:9", 1), LocalDate.of(1994, 1, 1),
            "Tijdig indien voor het einde van de termijn ontvangen"),
    /** Tijdig bij verzending per post (Awb 6:9 lid 2); in force from 1994-01-01. */
    AWB_6_9_LID_2(LegalBasis.of(Law.AWB, "6:9", 2), LocalDate.of(1994, 1, 1),
            "Tijdig bij verzending per post"),
    /** Verschoonbare termijnoverschrijding (Awb 6:11); in force from 1994-01-01. */
    AWB_6_11(LegalBasis.of(Law.AWB, "6:11"), LocalDate.of(1994, 1, 1),
            "Verschoonbare termijnoverschrijding"),
    /** Schriftelijke bevestiging van de ontvangst van een bezwaarschrift (Awb 6:14 lid 1); in force from 1994-01-01. */
    AWB_6_14_LID_1(LegalBasis.of(Law.AWB, "6:14", 1), LocalDate.of(1994, 1, 1),
            "Schriftelijke bevestiging van de ontvangst van een bezwaarschrift"),
    /** Doorzenden van een bij een onbevoegd orgaan ingediend bezwaarschrift (Awb 6:15 lid 1); in force from 1994-01-01. */
    AWB_6_15_LID_1(LegalBasis.of(Law.AWB, "6:15", 1), LocalDate.of(1994, 1, 1),
            "Doorzenden van een bij een onbevoegd orgaan ingediend bezwaarschrift"),
    /** Indiening bij het onbevoegde orgaan bepaalt de tijdigheid (Awb 6:15 lid 3); in force from 1994-01-01. */
    AWB_6_15_LID_3(LegalBasis.of(Law.AWB, "6:15", 3), LocalDate.of(1994, 1, 1),
            "Indiening bij het onbevoegde orgaan bepaalt de tijdigheid"),
    /** Verlenging van een termijn die eindigt op een zaterdag, zondag of feestdag (ATW 1 lid 1); in force from 2010-10-10. */
    ATW_1_LID_1(LegalBasis.of(Law.ATW, "1", 1), LocalDate.of(2010, 10, 10),
            "Verlenging van een termijn die eindigt op een zaterdag, zondag of feestdag"),
    /** Geen verlenging bij terugrekening (ATW 1 lid 2); in force from 2010-10-10. */
    ATW_1_LID_2(LegalBasis.of(Law.ATW, "1", 2), LocalDate.of(2010, 10, 10),
            "Geen verlenging bij terugrekening"),
    /** Ten minste twee werkdagen in een termijn van ten minste drie dagen (ATW 2); in force from 2010-10-10. */
    ATW_2(LegalBasis.of(Law.ATW, "2"), LocalDate.of(2010, 10, 10),
            "Ten minste twee werkdagen in een termijn van ten minste drie dagen"),
    /** Algemeen erkende feestdagen (ATW 3 lid 1); in force from 2010-10-10. */
    ATW_3_LID_1(LegalBasis.of(Law.ATW, "3", 1), LocalDate.of(2010, 10, 10),
            "Algemeen erkende feestdagen"),
    /** Goede Vrijdag gelijkgesteld (ATW 3 lid 2); in force from 2010-10-10. */
    ATW_3_LID_2(LegalBasis.of(Law.ATW, "3", 2), LocalDate.of(2010, 10, 10),
            "Goede Vrijdag gelijkgesteld"),
    /** Bij besluit gelijkgestelde dagen (ATW 3 lid 3); in force from 2010-10-10. */
    ATW_3_LID_3(LegalBasis.of(Law.ATW, "3", 3), LocalDate.of(2010, 10, 10),
            "Bij besluit gelijkgestelde dagen"),
    /** Geen toepassing op termijnen in uren, van meer dan 90 dagen, twaalf weken of drie maanden, of in jaren (ATW 4 onder a); in force from 2010-10-10. */
    ATW_4_ONDER_A(LegalBasis.ofOnderdeel(Law.ATW, "4", "a"), LocalDate.of(2010, 10, 10),
            "Geen toepassing op termijnen in uren, van meer dan 90 dagen, twaalf weken of drie maanden, of in jaren"),
    /** Geen toepassing op termijnen betreffende bekendmaking of inwerkingtreding van voorschriften (ATW 4 onder b); in force from 2010-10-10. */
    ATW_4_ONDER_B(LegalBasis.ofOnderdeel(Law.ATW, "4", "b"), LocalDate.of(2010, 10, 10),
            "Geen toepassing op termijnen betreffende bekendmaking of inwerkingtreding van voorschriften"),
    /** Geen toepassing op termijnen van vrijheidsbeneming (ATW 4 onder c); in force from 2010-10-10. */
    ATW_4_ONDER_C(LegalBasis.ofOnderdeel(Law.ATW, "4", "c"), LocalDate.of(2010, 10, 10),
            "Geen toepassing op termijnen van vrijheidsbeneming"),
    /** Overeenkomstige toepassing op termijnen in een AMvB (ATW 5); in force from 2010-10-10. */
    ATW_5(LegalBasis.of(Law.ATW, "5"), LocalDate.of(2010, 10, 10),
            "Overeenkomstige toepassing op termijnen in een AMvB");

    private final LegalBasis basis;
    private final LocalDate inForceFrom;
    private final String dutchTitle;

    Provision(LegalBasis basis, LocalDate inForceFrom, String dutchTitle) {
        this.basis = basis;
        this.inForceFrom = inForceFrom;
        this.dutchTitle = dutchTitle;
    }

    /**
     * Returns the citation.
     *
     * @return the legal basis
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Returns the first legal day on which the cited text is in force.
     *
     * @return the in-force date
     */
    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    /**
     * Returns whether the cited text is in force on a legal day.
     *
     * @param legalDay  the day in Europe/Amsterdam, not null
     * @return true from {@link #inForceFrom()} on
     */
    public boolean isInForceOn(LocalDate legalDay) {
        LegalBasis.notNull(legalDay, "legalDay");
        return !legalDay.isBefore(inForceFrom);
    }

    /**
     * Returns the short Dutch title.
     *
     * @return the title
     */
    public String dutchTitle() {
        return dutchTitle;
    }

    /**
     * Finds the provision with exactly this citation.
     *
     * @param basis  the citation, not null
     * @return the provision, or empty if the library does not list it
     */
    public static Optional<Provision> of(LegalBasis basis) {
        LegalBasis.notNull(basis, "basis");
        for (Provision p : values()) {
            if (p.basis.equals(basis)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
