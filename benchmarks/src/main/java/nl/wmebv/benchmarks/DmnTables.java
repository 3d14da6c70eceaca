package nl.wmebv.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The DMN 1.3 decision tables of the baselines, hit policy FIRST, outputting the {@link Verdict} code.
 *
 * <ul>
 *   <li>{@link #factsTable()}: the 2:16/2:17 decision over the ten {@link DecisionFacts} booleans, fed by the
 *       same Java register lookup as the library (baseline a);</li>
 *   <li>{@link #registerTable(int)}: the register itself encoded as rules, as a vendor without this library
 *       would: inputs are the message type, the channel, whether the designation's further requirements are
 *       met, the onder-a finding and the two 2:17 facts (baseline b).</li>
 * </ul>
 */
public final class DmnTables {
    /** The decision id of both tables. */
    public static final String DECISION = "inboundVerdict";
    /** The inputs of the register table, in order. */
    public static final String[] REGISTER_INPUTS = {"messageType", "channel", "requirementsMet", "findingYes",
        "findingNo", "sharedSystem", "senderHasAddress"};

    private DmnTables() {
    }

    /**
     * Returns the table over the ten facts.
     *
     * @return DMN XML
     */
    public static String factsTable() {
        String[] types = new String[DecisionFacts.NAMES.length];
        java.util.Arrays.fill(types, "boolean");
        List<String[]> rules = new ArrayList<>();
        // formal, designated, broken, designatedForAny, yes, no, objection, typeHasChannel, shared, address
        rules.add(row(Verdict.NOT_FORMAL, "false", "", "", "", "", "", "", "", "", ""));
        rules.add(row(Verdict.DESIGNATED_CHANNEL + 1, "", "true", "false", "", "", "", "", "", "false", "true"));
        rules.add(row(Verdict.DESIGNATED_CHANNEL, "", "true", "false", "", "", "", "", "", "", ""));
        rules.add(row(Verdict.NO_DUTY_TO_REACT, "", "false", "", "false", "", "", "", "", "", ""));
        rules.add(row(Verdict.MUST_PROCESS, "", "", "", "", "true", "", "", "", "", ""));
        rules.add(row(Verdict.MUST_PROCESS, "", "", "", "", "", "", "true", "", "", ""));
        rules.add(row(Verdict.MUST_PROCESS, "", "", "", "", "", "", "", "false", "", ""));
        rules.add(row(Verdict.NEEDS_ASSESSMENT, "", "", "", "", "false", "false", "", "", "", ""));
        rules.add(row(Verdict.MAY_POINT_TO_CORRECT_CHANNEL, "", "", "", "", "", "", "", "", "", ""));
        return xml(DecisionFacts.NAMES, types, rules);
    }

    /**
     * Returns the table that encodes a register of {@code types} types as rules: two rules per designated
     * type, one per informal type, then the generic 2:16 rules.
     *
     * @param types  the number of types of the {@link Workload} register
     * @return DMN XML
     */
    public static String registerTable(int types) {
        String[] typeRefs = {"string", "string", "boolean", "boolean", "boolean", "boolean", "boolean"};
        List<String[]> rules = new ArrayList<>();
        List<Optional<int[]>> designations = Workload.designations(types);
        StringJoiner objections = new StringJoiner(",");
        StringJoiner withoutChannel = new StringJoiner(",");
        for (int t = 0; t < types; t++) {
            String type = quoted(Workload.typeId(t).value());
            if (!Workload.role(t).isFormal()) {
                rules.add(row(Verdict.NOT_FORMAL, type, "", "", "", "", "", ""));
                continue;
            }
            if (Workload.role(t).isObjectionOrAppeal()) {
                objections.add(type);
            }
            if (designations.get(t).isEmpty()) {
                withoutChannel.add(type);
                continue;
            }
            int[] cs = designations.get(t).get();
            String channels = quoted(Workload.channelId(cs[0]).value()) + "," + quoted(Workload.channelId(cs[1]).value());
            rules.add(row(Verdict.DESIGNATED_CHANNEL + 1, type, channels, "true", "", "", "false", "true"));
            rules.add(row(Verdict.DESIGNATED_CHANNEL, type, channels, "true", "", "", "", ""));
        }
        StringJoiner undesignated = new StringJoiner(",");
        for (int c = Workload.DESIGNATABLE; c < Workload.CHANNELS; c++) {
            undesignated.add(quoted(Workload.channelId(c).value()));
        }
        rules.add(row(Verdict.NO_DUTY_TO_REACT, "", undesignated.toString(), "", "", "", "", ""));
        rules.add(row(Verdict.MUST_PROCESS, "", "", "", "true", "", "", ""));
        if (objections.length() > 0) {
            rules.add(row(Verdict.MUST_PROCESS, objections.toString(), "", "", "", "", "", ""));
        }
        if (withoutChannel.length() > 0) {
            rules.add(row(Verdict.MUST_PROCESS, withoutChannel.toString(), "", "", "", "", "", ""));
        }
        rules.add(row(Verdict.NEEDS_ASSESSMENT, "", "", "", "false", "false", "", ""));
        rules.add(row(Verdict.MAY_POINT_TO_CORRECT_CHANNEL, "", "", "", "", "", "", ""));
        return xml(REGISTER_INPUTS, typeRefs, rules);
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static String[] row(int output, String... entries) {
        String[] row = new String[entries.length + 1];
        System.arraycopy(entries, 0, row, 0, entries.length);
        row[entries.length] = Integer.toString(output);
        return row;
    }

    private static String xml(String[] inputs, String[] typeRefs, List<String[]> rules) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"wmebv\" ")
                .append("name=\"wmebv\" namespace=\"https://wmebv.nl/benchmarks\">\n")
                .append(" <decision id=\"").append(DECISION).append("\" name=\"Inbound verdict\">\n")
                .append("  <decisionTable id=\"table\" hitPolicy=\"FIRST\">\n");
        for (int i = 0; i < inputs.length; i++) {
            sb.append("   <input id=\"in").append(i).append("\" label=\"").append(inputs[i]).append("\">")
                    .append("<inputExpression id=\"ie").append(i).append("\" typeRef=\"").append(typeRefs[i])
                    .append("\"><text>").append(inputs[i]).append("</text></inputExpression></input>\n");
        }
        sb.append("   <output id=\"out\" name=\"verdict\" typeRef=\"integer\"/>\n");
        for (int r = 0; r < rules.size(); r++) {
            String[] rule = rules.get(r);
            sb.append("   <rule id=\"r").append(r).append("\">");
            for (int i = 0; i < inputs.length; i++) {
                sb.append("<inputEntry id=\"r").append(r).append("i").append(i).append("\"><text>")
                        .append(escape(rule[i])).append("</text></inputEntry>");
            }
            sb.append("<outputEntry id=\"r").append(r).append("o\"><text>").append(rule[inputs.length])
                    .append("</text></outputEntry></rule>\n");
        }
        sb.append("  </decisionTable>\n </decision>\n</definitions>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
