package nl.wmebv.benchmarks.dmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * One DMN decision table in {@code operaton-engine-dmn} with its default configuration, behind a JDK-only
 * interface so that {@link FeelEngines} can load it in a class loader of its own. Inputs are given in the
 * order of the names passed to the constructor; the result is the table's integer output.
 */
public final class OperatonTable implements ToIntFunction<Object[]> {
    private final DmnEngine engine;
    private final DmnDecision decision;
    private final String[] names;

    /**
     * Parses the table.
     *
     * @param xml       the DMN XML
     * @param decision  the decision id
     * @param names     the input variable names
     */
    public OperatonTable(String xml, String decision, String[] names) {
        this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        this.decision = engine.parseDecision(decision, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        this.names = names.clone();
    }

    @Override
    public int applyAsInt(Object[] values) {
        Map<String, Object> variables = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            variables.put(names[i], values[i]);
        }
        Object result = engine.evaluateDecisionTable(decision, variables).getSingleResult().getSingleEntry();
        return ((Number) result).intValue();
    }

    @Override
    public String toString() {
        return "operaton-engine-dmn with " + FeelEngines.feelSource(getClass());
    }
}
