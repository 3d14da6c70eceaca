package nl.wmebv.core.designation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.internal.Intervals;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageTypeId;

/**
 * A temporary exemption (<em>tijdelijke regeling</em>, Awb 2:13 lid 4): a regulation of the Minister of the
 * Interior that disapplies the right to send formal messages electronically (2:13 lid 1) for named message
 * types to a named body for a set period.
 *
 * <p>The period is the half-open interval {@code [validFrom, validTo)}; the regulation sets it ("voor een in
 * die tijdelijke regeling bepaalde periode"), so it always has an end. The types are the body's own types
 * that the regulation covers. This record is immutable and thread-safe.
 *
 * @param reference  the publication of the regulation, e.g. {@code "Stcrt. 2026, 1234"}
 * @param body       the body the regulation names
 * @param types      the body's message types the regulation covers, at least one
 * @param validFrom  the first moment the exemption applies, inclusive
 * @param validTo    the moment it stops applying, exclusive
 */
public record TemporaryExemption(String reference, BodyId body, Set<MessageTypeId> types, Instant validFrom,
        Instant validTo) {

    /**
     * Validates the exemption and copies the types.
     *
     * @param reference  the publication, not blank
     * @param body       the body, not null
     * @param types      the message types, not empty, without null
     * @param validFrom  the start, not null
     * @param validTo    the end, after {@code validFrom}
     * @throws nl.wmebv.core.InvalidInputException if an argument is null, {@code reference} is blank,
     *         {@code types} is empty or holds null ({@code field() "types"}), or {@code validTo} is not after
     *         {@code validFrom} ({@code "validTo"})
     */
    public TemporaryExemption(@NotBlank String reference, @NotNull BodyId body,
            @NotEmpty Set<@NotNull MessageTypeId> types, @NotNull Instant validFrom, @NotNull Instant validTo) {
        // An explicit canonical constructor: javac 17 records the type-argument annotations of a compact
        // constructor's implicit parameters as field annotations, so validators would not see them.
        this.reference = Checks.notBlank(reference, "reference");
        this.body = Checks.notNull(body, "body");
        Checks.notNull(types, "types");
        Checks.require(!types.isEmpty(), "types", "notEmpty", "must hold at least one message type",
                Provision.AWB_2_13_LID_4.basis());
        this.types = Checks.setCopy(types, "types");
        this.validFrom = Checks.notNull(validFrom, "validFrom");
        this.validTo = Checks.notNull(validTo, "validTo");
        Intervals.requireEndAfterStart(validFrom, Optional.of(validTo), "validFrom", "validTo",
                Provision.AWB_2_13_LID_4.basis());
    }

    /**
     * Returns whether the exemption applies at a moment: {@code validFrom <= at < validTo}.
     *
     * @param at  the moment, not null
     * @return true if the moment lies in the period
     * @throws nl.wmebv.core.InvalidInputException if {@code at} is null ({@code field() "at"})
     */
    public boolean isValidAt(Instant at) {
        Checks.notNull(at, "at");
        return Intervals.contains(validFrom, Optional.of(validTo), at);
    }
}
