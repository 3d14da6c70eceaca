package nl.wmebv.benchmarks;

import java.time.Instant;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.inbound.InboundFacts;

/**
 * The ten booleans the 2:16/2:17 decision needs, looked up in the {@link DesignationRegister} exactly as
 * {@code InboundAssessment} does, packed into the bits of an {@code int}. The DMN baselines and the bare floor
 * are fed these same facts.
 */
public final class DecisionFacts {
    /** Bit: a formal message under the Wmebv (2:13 lid 1, in force, not exempted). */
    public static final int FORMAL = 1;
    /** Bit: the channel is designated for the message's type (2:13 lid 2). */
    public static final int DESIGNATED = 1 << 1;
    /** Bit: a further requirement of that designation is broken (2:13 lid 3, P8). */
    public static final int REQUIREMENT_BROKEN = 1 << 2;
    /** Bit: the channel is designated for some formal type (else 2:16 lid 2). */
    public static final int DESIGNATED_FOR_ANY = 1 << 3;
    /** Bit: the body found it can handle the message without further work (2:16 lid 1 onder a: yes). */
    public static final int FINDING_YES = 1 << 4;
    /** Bit: the body found it cannot (onder a: no). Neither bit: not stated. */
    public static final int FINDING_NO = 1 << 5;
    /** Bit: a bezwaar- or beroepschrift (onder b). */
    public static final int OBJECTION = 1 << 6;
    /** Bit: some channel is designated for the type (the negation of onder c). */
    public static final int TYPE_HAS_CHANNEL = 1 << 7;
    /** Bit: the sender sees the arrival in a shared system (2:17 lid 1 onder a). */
    public static final int SHARED_SYSTEM = 1 << 8;
    /** Bit: an electronic address of the sender is available (negation of 2:17 lid 1 onder b). */
    public static final int SENDER_HAS_ADDRESS = 1 << 9;
    /** The names of the bits, in bit order, as the DMN input variables. */
    public static final String[] NAMES = {"formal", "designated", "requirementBroken", "designatedForAny",
        "findingYes", "findingNo", "objection", "typeHasChannel", "sharedSystem", "senderHasAddress"};

    private DecisionFacts() {
    }

    /**
     * Looks the facts up in the register at the moment of receipt.
     *
     * @param facts  the inbound facts (no misdirection, default receipt)
     * @return the bits
     */
    public static int lookUp(InboundFacts facts) {
        InboundMessage m = facts.message();
        Instant t = m.receivedAt();
        // The register's one-shot look-up, as the library's own intake path uses it since issue 8.
        DesignationRegister.Lookup lookup = facts.register().lookup(m.type(), m.channel(), t);
        MessageType type = lookup.messageType();
        boolean formal = type.isFormal() && lookup.exemption().isEmpty()
                && !LegalTime.legalDay(t).isBefore(nl.wmebv.core.law.Provision.AWB_2_13_LID_1.inForceFrom());
        int bits = formal ? FORMAL : 0;
        if (lookup.isDesignated()) {
            bits |= DESIGNATED | DESIGNATED_FOR_ANY;
            if (lookup.requirementBrokenBy(m)) {
                bits |= REQUIREMENT_BROKEN;
            }
        } else if (lookup.isDesignatedForAnyFormalType()) {
            bits |= DESIGNATED_FOR_ANY;
        }
        if (facts.processableWithoutFurtherWork().isYes()) {
            bits |= FINDING_YES;
        } else if (facts.processableWithoutFurtherWork().isStated()) {
            bits |= FINDING_NO;
        }
        if (type.role().isObjectionOrAppeal()) {
            bits |= OBJECTION;
        }
        if (!lookup.designatedChannelIds().isEmpty()) {
            bits |= TYPE_HAS_CHANNEL;
        }
        if (facts.sharedSystemSenderSeesArrival()) {
            bits |= SHARED_SYSTEM;
        }
        if (facts.senderHasElectronicAddress()) {
            bits |= SENDER_HAS_ADDRESS;
        }
        return bits;
    }

    /**
     * Unpacks the bits into DMN input values, in the order of {@link #NAMES}.
     *
     * @param bits  the bits
     * @return ten {@link Boolean}s
     */
    public static Object[] values(int bits) {
        Object[] values = new Object[NAMES.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (bits & (1 << i)) != 0;
        }
        return values;
    }

    /**
     * The bare floor: the 2:16/2:17 decision as plain {@code if}s over the bits, no outcome, no trace.
     *
     * @param bits  the facts
     * @return the {@link Verdict} code
     */
    public static int decide(int bits) {
        if ((bits & FORMAL) == 0) {
            return Verdict.NOT_FORMAL;
        }
        if ((bits & (DESIGNATED | REQUIREMENT_BROKEN)) == DESIGNATED) {
            boolean ack = (bits & (SHARED_SYSTEM | SENDER_HAS_ADDRESS)) == SENDER_HAS_ADDRESS;
            return Verdict.DESIGNATED_CHANNEL + (ack ? Verdict.ACKNOWLEDGE : 0);
        }
        if ((bits & DESIGNATED_FOR_ANY) == 0) {
            return Verdict.NO_DUTY_TO_REACT;
        }
        if ((bits & (FINDING_YES | OBJECTION)) != 0 || (bits & TYPE_HAS_CHANNEL) == 0) {
            return Verdict.MUST_PROCESS;
        }
        if ((bits & (FINDING_YES | FINDING_NO)) == 0) {
            return Verdict.NEEDS_ASSESSMENT;
        }
        return Verdict.MAY_POINT_TO_CORRECT_CHANNEL;
    }
}
