package nl.wmebv.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.core.Constraints;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.LegalBasis;

/**
 * Argument checks that throw {@link InvalidInputException} naming the field. Not part of the API: this
 * package is exported only to the other wmebv modules.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Requires a non-null value.
     *
     * @param <T>    the value type
     * @param value  the value, may be null (then the check fails)
     * @param field  the field name
     * @return the value
     * @throws InvalidInputException if the value is null
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "notNull", "must not be null");
        }
        return value;
    }

    /**
     * Requires a string that is not null and not blank, and returns it stripped.
     *
     * @param value  the value
     * @param field  the field name
     * @return the stripped value
     * @throws InvalidInputException if the value is null or blank
     */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, "notBlank", "must not be empty or blank");
        }
        return value.strip();
    }

    /**
     * Requires an identifier: 1 to 200 characters, no control characters, no unpaired surrogates, no leading or
     * trailing space.
     *
     * @param value  the value
     * @param field  the field name
     * @return the value
     * @throws InvalidInputException if the value is not a valid identifier
     */
    public static String identifier(String value, String field) {
        notNull(value, field);
        if (plainAscii(value)) {
            // The common case, answered in one pass: printable ASCII, no space at either end.
            return value;
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, "notBlank", "must not be empty or blank");
        }
        if (value.length() > Constraints.IDENTIFIER_MAX_LENGTH) {
            throw new InvalidInputException(field, "size", "must be at most " + Constraints.IDENTIFIER_MAX_LENGTH + " characters, was " + value.length());
        }
        if (!value.strip().equals(value)) {
            throw new InvalidInputException(field, "noSurroundingSpace", "must not start or end with white space");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidInputException(field, "noControlCharacters",
                        "must not contain control characters (at index " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, "noUnpairedSurrogates",
                        "must not contain an unpaired surrogate, which has no UTF-8 form (at index " + i + ")");
            }
        }
        return value;
    }

    /**
     * Whether a value is a valid identifier made of printable ASCII only: 1 to the maximum length of characters
     * from U+0020 to U+007E, not starting or ending with a space. Such a value passes every check of
     * {@link #identifier}; anything else takes the full path there.
     */
    private static boolean plainAscii(String value) {
        int n = value.length();
        if (n == 0 || n > Constraints.IDENTIFIER_MAX_LENGTH || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies a list, requiring it and every element to be non-null.
     *
     * @param <T>    the element type
     * @param list   the list
     * @param field  the field name
     * @return an unmodifiable copy
     * @throws InvalidInputException if the list or an element is null
     */
    public static <T> List<T> listCopy(Collection<? extends T> list, String field) {
        notNull(list, field);
        try {
            // List.copyOf rejects null elements itself and returns an unmodifiable list as it is: no loop, no
            // copy on the intake path (issue 8). Only on a null do we look for its index, to name the field.
            return List.copyOf(list);
        } catch (NullPointerException e) {
            int i = 0;
            for (T element : list) {
                if (element == null) {
                    throw new InvalidInputException(field + "[" + i + "]", "notNull", "must not be null");
                }
                i++;
            }
            throw e;
        }
    }

    /**
     * Copies a list that must have at least one element.
     *
     * @param <T>    the element type
     * @param list   the list
     * @param field  the field name
     * @return an unmodifiable copy
     * @throws InvalidInputException if the list is null, empty or holds null
     */
    public static <T> List<T> nonEmptyListCopy(Collection<? extends T> list, String field) {
        List<T> copy = listCopy(list, field);
        if (copy.isEmpty()) {
            throw new InvalidInputException(field, "notEmpty", "must hold at least one element");
        }
        return copy;
    }

    /**
     * Copies a set, requiring it and every element to be non-null.
     *
     * @param <T>    the element type
     * @param set    the set
     * @param field  the field name
     * @return an unmodifiable copy
     * @throws InvalidInputException if the set or an element is null
     */
    public static <T> Set<T> setCopy(Collection<? extends T> set, String field) {
        notNull(set, field);
        for (T element : set) {
            if (element == null) {
                throw new InvalidInputException(field, "notNull", "must not contain null");
            }
        }
        return Set.copyOf(set);
    }

    /**
     * Copies a map, requiring it and every key and value to be non-null.
     *
     * @param <K>    the key type
     * @param <V>    the value type
     * @param map    the map
     * @param field  the field name
     * @return an unmodifiable copy
     * @throws InvalidInputException if the map, a key or a value is null
     */
    public static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> map, String field) {
        notNull(map, field);
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidInputException(field, "notNull", "must not contain null keys or values");
            }
        }
        return Map.copyOf(map);
    }

    /**
     * Requires a condition, else throws with the given field, constraint and detail.
     *
     * @param condition   the condition that must hold
     * @param field       the field name
     * @param constraint  the constraint key
     * @param detail      what is wrong
     * @param basis       the provision behind the constraint, may be null
     * @throws InvalidInputException if the condition is false
     */
    public static void require(boolean condition, String field, String constraint, String detail, LegalBasis basis) {
        if (!condition) {
            throw new InvalidInputException(field, constraint, detail, basis);
        }
    }
}
