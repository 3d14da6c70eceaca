package nl.wmebv.core.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;

/**
 * The checks that keep every event encodable: moments within the fixed-width range and identifiers that
 * are well-formed Unicode (an unpaired surrogate has no UTF-8 form, so two such identifiers could encode
 * alike). Not part of the API.
 */
final class EventChecks {

    private EventChecks() {
    }

    /**
     * Requires a moment within {@link EvidenceEncoding#MIN_INSTANT} and {@link EvidenceEncoding#MAX_INSTANT}.
     *
     * @param value  the moment
     * @param field  the field name
     * @return the moment
     * @throws InvalidInputException if the moment is null ({@code "notNull"}) or out of range ({@code "range"})
     */
    static Instant instant(Instant value, String field) {
        Checks.notNull(value, field);
        if (value.isBefore(EvidenceEncoding.MIN_INSTANT) || value.isAfter(EvidenceEncoding.MAX_INSTANT)) {
            throw new InvalidInputException(field, "range", "must lie in the years 0000 to 9999 UTC, the range of"
                    + " the fixed-width encoding, was " + value);
        }
        return value;
    }

    /**
     * Requires a non-null identifier whose value is well-formed UTF-16.
     *
     * @param <T>    the identifier type
     * @param id     the identifier
     * @param value  reads the identifier's text
     * @param field  the field name
     * @return the identifier
     * @throws InvalidInputException if {@code id} is null
     */
    static <T> T id(T id, Function<T, String> value, String field) {
        Checks.notNull(id, field);
        return id;
    }

    /**
     * Requires a non-null optional whose identifier, if present, is well-formed.
     *
     * @param <T>    the identifier type
     * @param id     the optional identifier
     * @param value  reads the identifier's text
     * @param field  the field name
     * @throws InvalidInputException if {@code id} is null
     */
    static <T> void optionalId(Optional<T> id, Function<T, String> value, String field) {
        Checks.notNull(id, field);
    }

    /**
     * Copies a non-empty set of well-formed identifiers into an unmodifiable set that iterates in the order
     * of the encoding: ascending by the UTF-8 bytes of the values.
     *
     * @param <T>    the identifier type
     * @param set    the set
     * @param value  reads an identifier's text
     * @param field  the field name
     * @return the ordered copy
     * @throws InvalidInputException if the set is null, empty, holds null
     */
    static <T> Set<T> idSet(Collection<T> set, Function<T, String> value, String field) {
        List<T> copy = new ArrayList<>(Checks.setCopy(set, field));
        if (copy.isEmpty()) {
            throw new InvalidInputException(field, "notEmpty", "must hold at least one element");
        }
        copy.sort(Comparator.comparing(id -> utf8(value.apply(id)), Arrays::compareUnsigned));
        return Collections.unmodifiableSet(new LinkedHashSet<>(copy));
    }

    /**
     * Requires a moment not before an earlier one.
     *
     * @param later         the later moment
     * @param laterField    its field name
     * @param earlier       the earlier moment
     * @param earlierField  its field name
     * @param basis         the provision that relates the two moments
     * @throws InvalidInputException naming {@code laterField} if {@code later} is before {@code earlier}
     */
    static void notBefore(Instant later, String laterField, Instant earlier, String earlierField, Provision basis) {
        Checks.require(!later.isBefore(earlier), laterField, "notBefore" + capitalised(earlierField),
                "must not be before " + earlierField + " (" + earlier + "), was " + later, basis.basis());
    }

    /**
     * Returns the citations of some provisions.
     *
     * @param provisions  the provisions, primary first
     * @return an unmodifiable list of their citations
     */
    static List<LegalBasis> bases(Provision... provisions) {
        return Arrays.stream(provisions).map(Provision::basis).toList();
    }

    /**
     * Returns the UTF-8 form of well-formed text.
     *
     * @param text  the text
     * @return its bytes
     */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

}
