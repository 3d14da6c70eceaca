package nl.wmebv.core.designation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.internal.Checks;

/**
 * The instrument by which a channel is designated (Awb 2:13 lid 2): a statutory provision (<em>wettelijk
 * voorschrift</em>) or a decision of the body (<em>aanwijzingsbesluit</em>), with a reference to where it was
 * published, e.g. {@code "Gmb. 2025, 123456"}.
 *
 * <p>The reference is stored stripped. This record is immutable and thread-safe.
 *
 * @param kind       by statute or by decision
 * @param reference  the publication or citation of the instrument
 */
public record DesignationInstrument(@NotNull Kind kind, @NotBlank String reference) {

    /** How a channel is designated (Awb 2:13 lid 2: "bij wettelijk voorschrift of bij besluit"). */
    public enum Kind {
        /** By a statutory provision (<em>bij wettelijk voorschrift</em>). */
        BY_STATUTE,
        /** By a decision of the body (<em>bij besluit van het bestuursorgaan</em>, the aanwijzingsbesluit). */
        BY_DECISION
    }

    /**
     * Validates the instrument.
     *
     * @param kind       the kind, not null
     * @param reference  the publication or citation, not blank
     * @throws nl.wmebv.core.InvalidInputException if {@code kind} is null ({@code field() "kind"}) or
     *         {@code reference} is null or blank ({@code "reference"})
     */
    public DesignationInstrument {
        Checks.notNull(kind, "kind");
        reference = Checks.notBlank(reference, "reference");
    }

    /**
     * Creates a designation by statutory provision.
     *
     * @param reference  the citation of the provision, not blank
     * @return the instrument
     * @throws nl.wmebv.core.InvalidInputException if {@code reference} is null or blank
     */
    public static DesignationInstrument byStatute(String reference) {
        return new DesignationInstrument(Kind.BY_STATUTE, reference);
    }

    /**
     * Creates a designation by decision of the body (aanwijzingsbesluit).
     *
     * @param reference  the publication of the decision, not blank
     * @return the instrument
     * @throws nl.wmebv.core.InvalidInputException if {@code reference} is null or blank
     */
    public static DesignationInstrument byDecision(String reference) {
        return new DesignationInstrument(Kind.BY_DECISION, reference);
    }
}
