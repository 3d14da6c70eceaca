package nl.wmebv.rules.audit;

/**
 * Whether a form asks a field as compulsory (Awb 4:4 lid 2: "tenzij wordt vermeld dat de verstrekking van
 * die gegevens niet verplicht is"). This enum is immutable and thread-safe.
 */
public enum FieldObligation {
    /** The form requires the field. */
    REQUIRED,
    /** The field may be left empty and the form says so (<em>niet verplicht</em>, vermeld). */
    OPTIONAL_MARKED,
    /** The field may be left empty, but the form does not say so. */
    OPTIONAL_UNMARKED;

    /**
     * Returns whether the form states that providing the field is not compulsory.
     *
     * @return true only for {@link #OPTIONAL_MARKED}
     */
    public boolean isMarkedOptional() {
        return this == OPTIONAL_MARKED;
    }
}
