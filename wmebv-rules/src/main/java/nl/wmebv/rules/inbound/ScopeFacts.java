package nl.wmebv.rules.inbound;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;

/**
 * The facts that decide whether, and which, rules of afdeling 2.3 apply to an inbound message: the
 * receipt moment (Awb 2:20) for the version in force (policy P13), the message's role (2:13 lid 1 or 2:14),
 * a temporary exemption (2:13 lid 4) and, for other messages, whether the channel was opened (2:14). This
 * record is immutable and thread-safe.
 *
 * @param messageId                 the message
 * @param receivedAt                the moment of receipt under 2:20
 * @param formal                    whether it is a message of 2:13 lid 1
 * @param exempted                  whether a tijdelijke regeling (2:13 lid 4) exempts its type at this body then
 * @param channelOpenedForInformal  whether the channel was opened for other messages (2:14) then
 */
public record ScopeFacts(@NotNull MessageId messageId, @NotNull Instant receivedAt, boolean formal,
        boolean exempted, boolean channelOpenedForInformal) {

    /**
     * Validates the facts.
     *
     * @param messageId                 the message
     * @param receivedAt                the moment of receipt
     * @param formal                    whether formal
     * @param exempted                  whether exempted under 2:13 lid 4
     * @param channelOpenedForInformal  whether opened under 2:14
     * @throws nl.wmebv.core.InvalidInputException if a value is null
     */
    public ScopeFacts {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(receivedAt, "receivedAt");
    }
}
