package nl.wmebv.rules.misaddressed;

/**
 * Why a message reached the wrong body (Awb 2:3).
 */
public enum Misdirection {
    /** Another administrative body is evidently competent to handle it (2:3 lid 1: forward it). */
    ANOTHER_BODY_COMPETENT,
    /** It is not meant for this body and is not forwarded (2:3 lid 2: return it to the sender). */
    NOT_MEANT_FOR_THIS_BODY
}
