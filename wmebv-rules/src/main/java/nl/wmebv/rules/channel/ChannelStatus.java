package nl.wmebv.rules.channel;

/**
 * How the channel a formal message came in through stood, at the receipt moment (Awb 2:20), against the
 * body's designations (<em>aanwijzingen</em>, Awb 2:13 lid 2&ndash;3).
 */
public enum ChannelStatus {
    /** Designated for the message's own type, and the further requirements (2:13 lid 3) are met. */
    DESIGNATED_FOR_TYPE,
    /**
     * Designated for the message's own type, but a further requirement (<em>nadere eis</em>, 2:13 lid 3)
     * is broken: the body may treat it under 2:16 lid 1 or refuse it under 2:15 (policy P8).
     */
    DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN,
    /** Not designated for the message's type, but designated for another formal type (2:16 lid 1). */
    DESIGNATED_FOR_OTHER_TYPE,
    /** Designated for no formal message type at all: a chat app, a staff member's address (2:16 lid 2). */
    DESIGNATED_FOR_NO_FORMAL_TYPE
}
