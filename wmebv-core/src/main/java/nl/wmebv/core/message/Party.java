package nl.wmebv.core.message;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;

/**
 * A party in the communication with an administrative body, in one role: sender (<em>afzender</em>),
 * addressee (<em>geadresseerde</em>) or authorised representative (<em>gemachtigde</em>, Awb 2:1 lid 2).
 *
 * <p>The party is known by a pseudonymous {@link PartyId}; the only personal datum held is the optional
 * electronic address (whether one is available matters for Awb 2:17 lid 1 onder b). {@code toString}
 * never shows the address. This record is immutable and thread-safe.
 *
 * @param id                 the party's identifier
 * @param role               the party's role
 * @param electronicAddress  the party's electronic address (e.g. an e-mail address), stripped, or empty
 *                           if none is available
 */
public record Party(PartyId id, PartyRole role, Optional<String> electronicAddress) {

    /** A string with at least one character that is not white space, as {@link String#isBlank()} sees it. */
    static final String NOT_BLANK = "(?s).*\\P{javaWhitespace}.*";

    /**
     * Validates the party.
     *
     * @param id                 the party's identifier, not null
     * @param role               the party's role, not null
     * @param electronicAddress  the electronic address, not null; if present, not blank
     * @throws InvalidInputException if an argument is null or the address is blank ({@code field()}
     *         {@code "id"}, {@code "role"} or {@code "electronicAddress"})
     */
    public Party(@NotNull PartyId id, @NotNull PartyRole role,
            @NotNull Optional<@Pattern(regexp = NOT_BLANK) String> electronicAddress) {
        // An explicit canonical constructor: javac 17 records the type-argument annotations of a compact
        // constructor's implicit parameters as field annotations, so validators would not see them.
        this.id = Checks.notNull(id, "id");
        this.role = Checks.notNull(role, "role");
        this.electronicAddress = Checks.notNull(electronicAddress, "electronicAddress")
                .map(a -> Checks.notBlank(a, "electronicAddress"));
    }

    /**
     * Creates a party without an electronic address.
     *
     * @param id    the party's identifier, not null
     * @param role  the party's role, not null
     * @return the party
     * @throws InvalidInputException if an argument is null
     */
    public static Party of(PartyId id, PartyRole role) {
        return new Party(id, role, Optional.empty());
    }

    /**
     * Returns a copy of this party with an electronic address.
     *
     * @param address  the electronic address, not blank
     * @return the new party
     * @throws InvalidInputException if {@code address} is null or blank ({@code field() "electronicAddress"})
     */
    public Party withElectronicAddress(String address) {
        return new Party(id, role, Optional.of(Checks.notBlank(address, "electronicAddress")));
    }

    /**
     * Returns whether an electronic address of the party is available (compare Awb 2:17 lid 1 onder b).
     *
     * @return true if an address is present
     */
    public boolean hasElectronicAddress() {
        return electronicAddress.isPresent();
    }

    @Override
    public String toString() {
        return "Party[id=" + id + ", role=" + role + ", electronicAddress="
                + (electronicAddress.isPresent() ? "***" : "none") + "]";
    }
}
