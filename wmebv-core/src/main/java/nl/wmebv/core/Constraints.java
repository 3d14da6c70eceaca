package nl.wmebv.core;

/**
 * The constraints behind the Jakarta Validation annotations on the library's input types, so an embedder's
 * own validator applies exactly the checks the constructors apply.
 */
public final class Constraints {
    /**
     * An identifier: no control characters, no unpaired surrogates (which have no UTF-8 form) and no
     * leading or trailing white space (as {@link String#strip()} sees it); the length limit is
     * {@link #IDENTIFIER_MAX_LENGTH}.
     */
    public static final String IDENTIFIER_PATTERN = "[^\\p{javaWhitespace}\\x00-\\x1F\\x7F-\\x9F\\p{Cs}]"
            + "([^\\x00-\\x1F\\x7F-\\x9F\\p{Cs}]*[^\\p{javaWhitespace}\\x00-\\x1F\\x7F-\\x9F\\p{Cs}])?";

    /** The longest identifier, in UTF-16 code units. */
    public static final int IDENTIFIER_MAX_LENGTH = 200;

    private Constraints() {
    }
}
