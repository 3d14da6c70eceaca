package nl.wmebv.rules.timelimit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;

/** Test fixture: inbound outcomes of an aanvraag sent through the bezwaar form (designated for another type). */
final class InboundFixture {
    private InboundFixture() {
    }

    private static InboundMessage message() {
        return new InboundMessage(MessageId.of("aanvraag-via-bezwaarformulier"), LedgerFixtures.BODY,
                PartyId.of("inwoner-1"), LedgerFixtures.AANVRAAG, LedgerFixtures.FORM,
                Instant.parse("2026-04-01T14:00:00Z"), AssuranceLevel.LOW,
                Sha256Digest.digestOf("x".getBytes(StandardCharsets.UTF_8)), 100, List.of());
    }

    /** 2:16 lid 1 aanhef: the body may point to the correct channel. */
    static InboundOutcome pointedAt() {
        return InboundAssessment.of().assess(InboundFacts.builder(message(), LedgerFixtures.register())
                .processableWithoutFurtherWork(BodyFinding.no("moet worden overgetypt")).build());
    }

    /** A bezwaarschrift through the bezwaar form: the designated channel, so 2:16 and 2:23 do not apply. */
    static InboundOutcome designated() {
        InboundMessage m = new InboundMessage(MessageId.of("bezwaar-via-bezwaarformulier"), LedgerFixtures.BODY,
                PartyId.of("inwoner-1"), LedgerFixtures.BEZWAAR, LedgerFixtures.FORM,
                Instant.parse("2026-04-01T14:00:00Z"), AssuranceLevel.LOW,
                Sha256Digest.digestOf("x".getBytes(StandardCharsets.UTF_8)), 100, List.of());
        return InboundAssessment.of().assess(InboundFacts.builder(m, LedgerFixtures.register()).build());
    }

    /** 2:16 lid 1 onder a: the body must process it. */
    static InboundOutcome mustProcess() {
        return InboundAssessment.of().assess(InboundFacts.builder(message(), LedgerFixtures.register())
                .processableWithoutFurtherWork(BodyFinding.yes("gewoon doorzetten")).build());
    }
}
