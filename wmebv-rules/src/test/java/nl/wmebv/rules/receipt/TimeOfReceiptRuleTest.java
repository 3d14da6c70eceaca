package nl.wmebv.rules.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Awb 2:20 — tijdstip van ontvangst")
class TimeOfReceiptRuleTest {
    private static final TimeOfReceiptRule RULE = TimeOfReceiptRule.of();
    private static final MessageId MSG = MessageId.of("msg-20");

    @ParameterizedTest(name = "{0} → dag {1}")
    @CsvSource({
        // 22:30Z on 24 Oct = 00:30 CEST (UTC+2) on Sunday 25 Oct 2026, the 25-hour day.
        "2026-10-24T22:30:00Z, 2026-10-25",
        // 22:59:59Z on 25 Oct = 23:59:59 CET (UTC+1), still 25 Oct; 23:00Z is 00:00 on the 26th.
        "2026-10-25T22:59:59Z, 2026-10-25",
        "2026-10-25T23:00:00Z, 2026-10-26",
        // 23:30Z on 28 Mar = 00:30 CET on Sunday 29 Mar 2026, the 23-hour day.
        "2026-03-28T23:30:00Z, 2026-03-29",
        // 21:59:59Z on 29 Mar = 23:59:59 CEST; 22:00Z is 00:00 on the 30th.
        "2026-03-29T21:59:59Z, 2026-03-29",
        "2026-03-29T22:00:00Z, 2026-03-30",
        // 23:30Z on 31 Dec 2025 = 00:30 CET on 1 Jan 2026: the first legal day of the Wmebv.
        "2025-12-31T23:30:00Z, 2026-01-01"
    })
    @DisplayName("de dag van ontvangst is de datum in Europe/Amsterdam, ook rond de zomertijdwissels")
    void legalDay(String at, String day) {
        TimeOfReceipt t = RULE.apply(ReceiptFacts.reachedOwnSystem(MSG, Instant.parse(at)));
        assertEquals(Instant.parse(at), t.receivedAt());
        assertEquals(LocalDate.parse(day), t.legalDay());
        assertEquals(ReceiptRoute.OWN_SYSTEM, t.route());
        assertEquals(List.of(Provision.AWB_2_20.basis()), t.legalBasis());
    }

    @Test
    @DisplayName("het eerste van de drie momenten telt: een ander aangewezen systeem vóór het eigen systeem")
    void firstMomentWins() {
        TimeOfReceipt t = RULE.apply(new ReceiptFacts(MSG, Instant.parse("2026-05-04T10:00:05Z"),
                Instant.parse("2026-05-04T10:00:00Z"), Instant.parse("2026-05-04T10:00:07Z")));
        assertEquals(Instant.parse("2026-05-04T10:00:00Z"), t.receivedAt());
        assertEquals(ReceiptRoute.OTHER_DESIGNATED_SYSTEM, t.route());
    }

    @Test
    @DisplayName("alleen op andere wijze toegankelijk geworden: dat moment telt")
    void otherwiseAccessible() {
        TimeOfReceipt t = RULE.apply(new ReceiptFacts(MSG, null, null, Instant.parse("2026-05-04T10:00:00Z")));
        assertEquals(ReceiptRoute.OTHERWISE_ACCESSIBLE, t.route());
        assertTrue(t.explain(Locale.ROOT).contains("2026-05-04T12:00:00+02:00"), t.explain(Locale.ROOT));
        assertTrue(t.explain(Locale.ENGLISH).contains("body's own") || t.explain(Locale.ENGLISH).contains("otherwise"));
    }

    @Test
    @DisplayName("bij gelijke momenten wint de route die het artikel het eerst noemt")
    void tie() {
        Instant at = Instant.parse("2026-05-04T10:00:00Z");
        assertEquals(ReceiptRoute.OWN_SYSTEM, RULE.apply(new ReceiptFacts(MSG, at, at, at)).route());
    }

    @Test
    @DisplayName("zonder enig ontvangstmoment: een duidelijke fout met de rechtsgrond")
    void missingFacts() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ReceiptFacts(MSG, null, null, null));
        assertEquals("reachedOwnSystemAt", e.field());
        assertEquals(Provision.AWB_2_20.basis(), e.legalBasis().orElseThrow());
        assertEquals("facts", assertThrows(InvalidInputException.class, () -> RULE.apply(null)).field());
        assertEquals("reachedOwnSystemAt", assertThrows(InvalidInputException.class,
                () -> ReceiptFacts.reachedOwnSystem(MSG, null)).field());
    }

    @Test
    @DisplayName("de Engelse uitleg gebruikt een echte apostrof")
    void apostrophe() {
        TimeOfReceipt t = RULE.apply(ReceiptFacts.reachedOwnSystem(MSG, Instant.parse("2026-05-04T10:00:00Z")));
        assertTrue(t.explain(Locale.ENGLISH).contains("body's own system"), t.explain(Locale.ENGLISH));
    }
}
