package nl.wmebv.rules.inbound;

/**
 * What an inbound message asks of the body.
 */
public enum DutyKind {
    /** Send an <em>ontvangstbevestiging</em> (2:17 lid 1). */
    ACKNOWLEDGE_RECEIPT,
    /** Acknowledge receipt of a bezwaar- or beroepschrift in writing (6:14 lid 1). */
    ACKNOWLEDGE_OBJECTION_IN_WRITING,
    /** Give the sender the data he entered, with the attachment digests (2:17 lid 2, P9). */
    RETURN_ENTERED_DATA,
    /** The body may suffice with pointing the sender to the correct channel (2:16 lid 1 aanhef): an option. */
    POINT_TO_CORRECT_CHANNEL,
    /** Process the message (2:16 lid 1 onder a, b or c, or a message that came in the designated way). */
    PROCESS,
    /** Tell the sender without delay of the internal forwarding and the start of the term (2:24). */
    NOTIFY_INTERNAL_FORWARDING,
    /** Forward to the competent body and tell the sender (2:3 lid 1, 6:15 lid 1). */
    FORWARD_AND_NOTIFY_SENDER,
    /** Return to the sender (2:3 lid 2). */
    RETURN_TO_SENDER,
    /** No duty to react (2:16 lid 2, 2:3 lid 3). */
    NO_DUTY,
    /** The body must first make a finding the library never assumes. */
    ASSESS
}
