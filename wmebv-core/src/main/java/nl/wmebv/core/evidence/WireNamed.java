package nl.wmebv.core.evidence;

/**
 * An enum whose constants have a stable name in the canonical encoding, independent of the Java constant
 * names. Not part of the API.
 */
interface WireNamed {

    /**
     * Returns the stable name of this constant in the canonical encoding.
     *
     * @return the wire name, lower-case ASCII
     */
    String wireName();
}
