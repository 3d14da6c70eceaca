package nl.wmebv.core.channel;

import nl.wmebv.core.internal.Checks;

/**
 * An assurance level of electronic identification (<em>betrouwbaarheidsniveau</em>), the levels of eIDAS
 * (Verordening (EU) nr. 910/2014, art. 8) plus {@link #NONE}, ordered from lowest to highest.
 *
 * <p>Further requirements (<em>nadere eisen</em>, Awb 2:13 lid 3) may set a minimum level for a channel.
 * This enum is immutable and thread-safe.
 */
public enum AssuranceLevel {
    /** No electronic identification, e.g. plain e-mail or an anonymous web form. */
    NONE,
    /** Level low (<em>laag</em>; DigiD <em>basis</em>), eIDAS art. 8 lid 2 onder a. */
    LOW,
    /** Level substantial (<em>substantieel</em>), eIDAS art. 8 lid 2 onder b. */
    SUBSTANTIAL,
    /** Level high (<em>hoog</em>), eIDAS art. 8 lid 2 onder c. */
    HIGH;

    /**
     * Returns whether this level is at least another one.
     *
     * @param other  the level to compare with, not null
     * @return true if this level is the same as or higher than {@code other}
     * @throws nl.wmebv.core.InvalidInputException if {@code other} is null ({@code field() "other"})
     */
    public boolean isAtLeast(AssuranceLevel other) {
        Checks.notNull(other, "other");
        return compareTo(other) >= 0;
    }
}
