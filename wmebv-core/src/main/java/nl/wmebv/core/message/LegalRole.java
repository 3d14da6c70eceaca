package nl.wmebv.core.message;

/**
 * The legal role of a message type: a formal message (<em>bericht als bedoeld in artikel 2:13, eerste lid</em>)
 * of one of the kinds the Awb names, or any other message (<em>ander bericht</em>, Awb 2:14).
 *
 * <p>Formal messages are messages that are part of a procedure about a <em>besluit</em>, complaints, and
 * other messages prescribed by or under a <em>wettelijk voorschrift</em> (Awb 2:13 lid 1); anyone may send
 * them electronically, through the channel designated for their type (2:13 lid 2). Other messages may be
 * sent electronically only through a channel the body has opened (2:14). The named kinds are examples of
 * formal messages drawn from the Awb (an inference from the text of 2:13 lid 1, see LAW.md §5); a body maps
 * each of its own message types to one role. This enum is immutable and thread-safe.
 */
public enum LegalRole {
    /** An application for a besluit (<em>aanvraag</em>, Awb 1:3 lid 3, 4:1). */
    APPLICATION,
    /** A notice of objection (<em>bezwaarschrift</em>, Awb 6:4 lid 1), lodged with the body that took the besluit. */
    NOTICE_OF_OBJECTION,
    /** A notice of administrative appeal (<em>administratief beroepschrift</em>, Awb 6:4 lid 2), to another body. */
    NOTICE_OF_ADMINISTRATIVE_APPEAL,
    /** A complaint about the conduct of the body (<em>klacht</em>, Awb 9:1). */
    COMPLAINT,
    /** A report a wettelijk voorschrift requires (<em>melding</em>), e.g. reporting an activity. */
    STATUTORY_REPORT,
    /** Views submitted on an intended or draft besluit (<em>zienswijze</em>, Awb 3:15, 4:8). */
    STATEMENT_OF_VIEWS,
    /** A notice that the body failed to decide in time (<em>ingebrekestelling</em>, Awb 4:17 lid 3). */
    NOTICE_OF_DEFAULT,
    /** Further data completing an application (<em>aanvulling</em>, Awb 4:5 lid 1). */
    SUPPLEMENT,
    /**
     * Any other message that is part of a procedure about a besluit or is prescribed by or under a
     * wettelijk voorschrift (<em>ander voorgeschreven bericht</em>, Awb 2:13 lid 1).
     */
    OTHER_PRESCRIBED,
    /** Any other message (<em>ander bericht</em>, Awb 2:14): not a formal message. */
    INFORMAL;

    /**
     * Returns whether messages of this role are formal messages (<em>berichten als bedoeld in artikel 2:13,
     * eerste lid</em>), for which channels are designated (2:13 lid 2) and to which 2:16, 2:17 and 2:23 apply.
     *
     * @return true for every role except {@link #INFORMAL}
     */
    public boolean isFormal() {
        return this != INFORMAL;
    }

    /**
     * Returns whether messages of this role are a notice of objection or of administrative appeal
     * (<em>bezwaarschrift of administratief beroepschrift</em>, Awb 2:16 lid 1 onder b), which a body must
     * handle even when sent the wrong way.
     *
     * @return true for {@link #NOTICE_OF_OBJECTION} and {@link #NOTICE_OF_ADMINISTRATIVE_APPEAL}
     */
    public boolean isObjectionOrAppeal() {
        return this == NOTICE_OF_OBJECTION || this == NOTICE_OF_ADMINISTRATIVE_APPEAL;
    }
}
