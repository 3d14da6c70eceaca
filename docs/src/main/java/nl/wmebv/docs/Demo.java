package nl.wmebv.docs;

import java.io.PrintStream;
import nl.wmebv.core.law.Provision;

/**
 * "Een dag bij Gemeente Voorbeeld": the runnable demo of wmebv.
 */
public final class Demo {
    private Demo() {
    }

    /**
     * Runs the demo and prints to standard output.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        out.println("Een dag bij Gemeente Voorbeeld");
        out.println(Provision.AWB_6_7.basis().toDutchCitation());
    }
}
