package nl.wmebv.core.channel;

/**
 * The kind of a channel (<em>wijze van verzending</em>, Awb 2:13 lid 2; 2:16; 2:21 lid 3).
 *
 * <p>The kind decides two legal questions: whether sending through the channel is direct data entry
 * (<em>rechtstreekse invoer van gegevens</em>, 2:17 lid 2), and whether the channel is a system in which the
 * addressee has access to a message the body places there (2:10 lid 1, 2:19 onder b, 2:25). This enum is
 * immutable and thread-safe.
 */
public enum ChannelKind {
    /** An e-mail address of the body; sending and receipt by e-mail (compare Awb 2:19 onder a). */
    EMAIL,
    /**
     * A web or app form in which the sender enters data directly into the body's system
     * (<em>webformulier</em>; <em>rechtstreekse invoer van gegevens</em>, Awb 2:17 lid 2).
     */
    WEB_FORM,
    /**
     * A portal or personal environment (<em>Mijn-omgeving</em>) of the body: the sender enters data in it and
     * the body places messages in it for the addressee (Awb 2:10 lid 1, 2:17 lid 2, 2:19 onder b).
     */
    PORTAL,
    /**
     * A message box of the body or another body in which the body places messages for the addressee to
     * collect (<em>berichtenbox</em>, Awb 2:10 lid 1, 2:19 onder b), other than the Wdo facility.
     */
    MESSAGE_BOX,
    /**
     * The government-wide facility for electronic messages under Wdo art. 5 lid 1 onder f, the MijnOverheid
     * Berichtenbox (<em>Wdo-voorziening</em>, Awb 2:10 lid 3, 2:19 onder c).
     */
    WDO_MESSAGE_BOX,
    /** A system-to-system interface (API) through which the sender's software delivers messages. */
    API,
    /** A social media account or chat service of the body. */
    SOCIAL_MEDIA,
    /** Any other electronic way of sending, e.g. a file transfer service or a staff member's own address. */
    OTHER;

    /**
     * Returns whether sending through a channel of this kind is direct data entry into the body's system
     * (<em>rechtstreekse invoer van gegevens in een systeem voor gegevensverwerking van het bestuursorgaan</em>,
     * Awb 2:17 lid 2): web, app and portal forms, in which the sender keeps no copy of what he entered. E-mail
     * and API deliveries are not: the sender keeps his own copy. This is an inference from the text and the
     * purpose of 2:17 lid 2 (LAW.md §5, [TEXT-inf]).
     *
     * @return true for {@link #WEB_FORM} and {@link #PORTAL}
     */
    public boolean isDirectDataEntry() {
        return this == WEB_FORM || this == PORTAL;
    }

    /**
     * Returns whether a channel of this kind is a system in which the addressee has access to messages the
     * body places there (<em>systeem voor gegevensverwerking waarin de geadresseerde toegang heeft tot het
     * bericht</em>, Awb 2:10 lid 1, 2:19 onder b, 2:25): placing a message there triggers the 48-hour
     * kennisgeving and the body's burden of proof.
     *
     * @return true for {@link #PORTAL}, {@link #MESSAGE_BOX} and {@link #WDO_MESSAGE_BOX}
     */
    public boolean isAddresseeAccessSystem() {
        return this == PORTAL || this == MESSAGE_BOX || this == WDO_MESSAGE_BOX;
    }
}
