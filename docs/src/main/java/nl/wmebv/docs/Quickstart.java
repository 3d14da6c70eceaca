package nl.wmebv.docs;

import java.io.PrintStream;
import java.util.Locale;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.rules.inbound.Duty;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;

/**
 * The quickstart of {@code docs/quickstart.md} and the intake step of {@code docs/integration.md}, compiled on
 * every build: one inbound message, one assessment, and what a zaaksysteem does with each duty.
 */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * Assesses one e-mailed aanvraag and prints the outcome: the duties with their legal basis, then the
     * explanation in Dutch.
     *
     * @param out  where to print, not null
     */
    public static void print(PrintStream out) {
        // 1. Once, at start-up: the body's designations (aanwijzingen, Awb 2:13 lid 2) and the assessment.
        DesignationRegister register = GemeenteVoorbeeld.register();
        InboundAssessment assessment = InboundAssessment.of();

        // 2. Per message, at intake: the facts, with the body's own finding where the law asks for one.
        InboundMessage message = GemeenteVoorbeeld.message("Z-2026-0413", GemeenteVoorbeeld.AANVRAAG,
                GemeenteVoorbeeld.KLACHTEN_MAIL, "2026-04-02T17:02", AssuranceLevel.NONE);
        InboundOutcome outcome = assessment.assess(InboundFacts.builder(message, register)
                .processableWithoutFurtherWork(BodyFinding.no("de gegevens moeten worden overgetypt"))
                .build());

        // 3. Act on the outcome: every duty names its legal basis; the zaaksysteem sends and stores.
        out.println("Snelstart: een aanvraag per e-mail aan het klachtenadres");
        for (Duty duty : outcome.duties()) {
            out.println("  " + action(duty) + (duty.mandatory() ? " (moet)" : " (mag)") + " [" + duty.basis() + "]");
        }
        out.println("  " + outcome.explain(Locale.ROOT));
    }

    /**
     * What an intake process does with a duty: the mapping of {@code docs/integration.md}.
     *
     * @param duty  the duty, not null
     * @return a Dutch description of the action in the zaaksysteem
     */
    static String action(Duty duty) {
        return switch (duty.kind()) {
            case ACKNOWLEDGE_RECEIPT -> "ontvangstbevestiging sturen (Klantinteractie)";
            case ACKNOWLEDGE_OBJECTION_IN_WRITING -> "ontvangst bezwaarschrift schriftelijk bevestigen";
            case RETURN_ENTERED_DATA -> "ingevoerde gegevens als document bij de zaak en aan de afzender";
            case POINT_TO_CORRECT_CHANNEL -> "afzender wijzen op de juiste wijze van verzending";
            case PROCESS -> "zaak aanmaken en behandelen";
            case NOTIFY_INTERNAL_FORWARDING -> "mededeling van interne doorgeleiding en start behandeltermijn";
            case FORWARD_AND_NOTIFY_SENDER -> "doorzenden aan het bevoegde orgaan en de afzender inlichten";
            case RETURN_TO_SENDER -> "terugzenden aan de afzender";
            case NO_DUTY -> "geen reactie verplicht";
            case ASSESS -> "eerst zelf beoordelen (taak voor een behandelaar)";
        };
    }
}
