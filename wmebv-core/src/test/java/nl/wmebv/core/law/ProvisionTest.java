package nl.wmebv.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Provision — de catalogus van geciteerde bepalingen")
class ProvisionTest {

    @Test
    @DisplayName("no two constants cite the same provision")
    void unique() {
        Set<LegalBasis> seen = new HashSet<>();
        for (Provision p : Provision.values()) {
            assertTrue(seen.add(p.basis()), () -> "duplicate citation " + p.basis());
        }
    }

    @Test
    @DisplayName("the constant name spells its citation")
    void namesSpellCitations() {
        for (Provision p : Provision.values()) {
            LegalBasis b = p.basis();
            StringBuilder expected = new StringBuilder(b.law().name()).append('_')
                    .append(b.article().replace(':', '_'));
            b.lid().ifPresent(l -> expected.append("_LID_").append(l));
            b.onderdeel().ifPresent(o -> expected.append("_ONDER_").append(o.toUpperCase(java.util.Locale.ROOT)));
            b.sentence().ifPresent(s -> expected.append("_ZIN_").append(s));
            assertEquals(expected.toString(), p.name());
        }
    }

    @Test
    @DisplayName("LAW.md §1: afdeling 2.3 from 2026-01-01, 2:10 lid 2 from 2027-01-01, 2:1 lid 1 from 2024-01-01")
    void inForceDates() {
        LocalDate wmebv = LocalDate.of(2026, 1, 1);
        assertEquals(LocalDate.of(2027, 1, 1), Provision.AWB_2_10_LID_2.inForceFrom());
        assertEquals(LocalDate.of(2024, 1, 1), Provision.AWB_2_1_LID_1.inForceFrom());
        Arrays.stream(Provision.values())
                .filter(p -> p.basis().law() == Law.AWB && p.basis().article().startsWith("2:")
                        && !p.basis().article().equals("2:1") && p != Provision.AWB_2_10_LID_2)
                .forEach(p -> assertEquals(wmebv, p.inForceFrom(), p::name));
        assertEquals(wmebv, Provision.AWB_4_5_LID_5.inForceFrom());
        assertEquals(wmebv, Provision.AWB_4_4_LID_2.inForceFrom());
    }

    @Test
    @DisplayName("isInForceOn: the day before the in-force date is outside, the date itself inside")
    void isInForceOn() {
        assertFalse(Provision.AWB_2_16_LID_1.isInForceOn(LocalDate.of(2025, 12, 31)));
        assertTrue(Provision.AWB_2_16_LID_1.isInForceOn(LocalDate.of(2026, 1, 1)));
        assertFalse(Provision.AWB_2_10_LID_2.isInForceOn(LocalDate.of(2026, 12, 31)));
        assertTrue(Provision.AWB_2_10_LID_2.isInForceOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    @DisplayName("the catalogue covers every article of 2:7–2:25 and the related provisions the issue lists")
    void coverage() {
        Set<String> articles = new HashSet<>();
        for (Provision p : Provision.values()) {
            articles.add(p.basis().law().abbreviation() + " " + p.basis().article());
        }
        for (int n = 7; n <= 25; n++) {
            assertTrue(articles.contains("Awb 2:" + n), "Awb 2:" + n);
        }
        for (String a : new String[] {"Awb 2:3", "Awb 4:4", "Awb 4:5", "Awb 6:7", "Awb 6:8", "Awb 6:9", "Awb 6:11",
            "Awb 6:14", "Awb 6:15", "ATW 1", "ATW 2", "ATW 3", "ATW 4"}) {
            assertTrue(articles.contains(a), a);
        }
        assertTrue(Provision.AWB_2_16_LID_1_ONDER_B.dutchTitle().contains("ezwaar"));
    }
}
