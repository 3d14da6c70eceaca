package nl.wmebv.benchmarks;

import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.DutyKind;
import nl.wmebv.rules.inbound.InboundOutcome;

/**
 * The decision every engine in the comparison computes, as one small integer: the 2:16 outcome kind times two,
 * plus one when an ontvangstbevestiging is due (2:17 lid 1). The DMN tables output the same code.
 */
public final class Verdict {
    /** Not a formal message of 2:13 lid 1 (or not under its rules): 2:16 and 2:17 do not apply. */
    public static final int NOT_FORMAL = 0;
    /** Came in through a channel designated for its type, requirements met. */
    public static final int DESIGNATED_CHANNEL = 2;
    /** Channel designated for no formal type: 2:16 lid 2. */
    public static final int NO_DUTY_TO_REACT = 4;
    /** 2:16 lid 1 onder a, b or c. */
    public static final int MUST_PROCESS = 6;
    /** The body has not stated its onder-a finding. */
    public static final int NEEDS_ASSESSMENT = 8;
    /** 2:16 lid 1: the body may point the sender to the correct channel. */
    public static final int MAY_POINT_TO_CORRECT_CHANNEL = 10;
    /** Added when the 2:17 lid 1 acknowledgement is due. */
    public static final int ACKNOWLEDGE = 1;

    private Verdict() {
    }

    /**
     * Reads the code off the library's outcome.
     *
     * @param outcome  the outcome of {@code InboundAssessment}
     * @return the code
     */
    public static int of(InboundOutcome outcome) {
        int kind = outcome.wrongChannel().map(Verdict::kind).orElse(NOT_FORMAL);
        return kind + (outcome.has(DutyKind.ACKNOWLEDGE_RECEIPT) ? ACKNOWLEDGE : 0);
    }

    private static int kind(WrongChannelOutcome wc) {
        return switch (wc.kind()) {
            case NOT_FORMAL -> NOT_FORMAL;
            case DESIGNATED_CHANNEL -> DESIGNATED_CHANNEL;
            case NO_DUTY_TO_REACT -> NO_DUTY_TO_REACT;
            case MUST_PROCESS -> MUST_PROCESS;
            case NEEDS_ASSESSMENT -> NEEDS_ASSESSMENT;
            case MAY_POINT_TO_CORRECT_CHANNEL -> MAY_POINT_TO_CORRECT_CHANNEL;
        };
    }
}
