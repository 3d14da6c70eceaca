package nl.wmebv.rules.timelimit;

import nl.wmebv.core.law.Provision;

/**
 * Something still open in a term ledger, which the body must act on or wait for. This enum is immutable and
 * thread-safe.
 */
public enum LedgerFlag {
    /** An extension under Awb 2:21 lid 1 is recorded but not announced: announce it as soon as possible (lid 2). */
    ANNOUNCEMENT_DUE(Provision.AWB_2_21_LID_2),
    /** The body has not yet reacted to a wrong-channel message: the 2:23 extension is pending and unbounded (P5). */
    EXTENSION_PENDING_REACTION(Provision.AWB_2_23);

    private final Provision provision;

    LedgerFlag(Provision provision) {
        this.provision = provision;
    }

    /**
     * Returns the provision behind the flag.
     *
     * @return the provision
     */
    public Provision provision() {
        return provision;
    }
}
