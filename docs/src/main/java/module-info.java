/**
 * The documentation consumer of wmebv: the demo and the compiled examples of the guides. It reads the
 * published modules only through their exported packages, which is how the JPMS descriptors are checked.
 */
module nl.wmebv.docs {
    requires nl.wmebv.rules;
}
