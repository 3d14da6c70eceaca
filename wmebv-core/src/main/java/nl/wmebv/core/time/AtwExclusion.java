package nl.wmebv.core.time;

import nl.wmebv.core.law.Provision;

/**
 * A reason why the Algemene termijnenwet does not move the end of a time limit (<em>termijn</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AtwExclusion {
    /**
     * The term is not set in a wet or AMvB but by a body or a party: taken as given (LAW.md P15; ATW art. 1
     * lid 1 "een in een wet gestelde termijn", art. 5 for an AMvB).
     */
    NOT_STATUTORY(Provision.ATW_1_LID_1),
    /** The term is counted backward (<em>terugrekening</em>, ATW art. 1 lid 2). */
    COUNTED_BACKWARD(Provision.ATW_1_LID_2),
    /** The term is expressed in hours (ATW art. 4 onder a). */
    IN_HOURS(Provision.ATW_4_ONDER_A),
    /** The term is more than 90 days (ATW art. 4 onder a). */
    MORE_THAN_90_DAYS(Provision.ATW_4_ONDER_A),
    /** The term is more than twelve weeks (ATW art. 4 onder a). */
    MORE_THAN_TWELVE_WEEKS(Provision.ATW_4_ONDER_A),
    /** The term is more than three months (ATW art. 4 onder a). */
    MORE_THAN_THREE_MONTHS(Provision.ATW_4_ONDER_A),
    /** The term is one or more years (ATW art. 4 onder a). */
    IN_YEARS(Provision.ATW_4_ONDER_A);

    private final Provision provision;

    AtwExclusion(Provision provision) {
        this.provision = provision;
    }

    /**
     * Returns the provision behind the exclusion.
     *
     * @return {@link Provision#ATW_1_LID_1}, {@link Provision#ATW_1_LID_2} or {@link Provision#ATW_4_ONDER_A}
     */
    public Provision provision() {
        return provision;
    }
}
