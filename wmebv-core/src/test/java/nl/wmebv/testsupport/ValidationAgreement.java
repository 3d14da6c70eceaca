package nl.wmebv.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import nl.wmebv.core.InvalidInputException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Test support: proves that the Jakarta Validation annotations on a record's canonical constructor and the
 * constructor's own checks agree: no violations exactly when the constructor succeeds, and when both
 * reject, the exception names a component that has a violation.
 */
public final class ValidationAgreement {
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private ValidationAgreement() {
    }

    /**
     * Asserts that annotations and constructor agree on these arguments.
     *
     * @param type  the record type
     * @param args  the canonical constructor's arguments
     */
    public static void assertAgree(Class<? extends Record> type, Object... args) {
        Constructor<?> ctor = canonical(type);
        Set<String> violated = violatedComponents(type, ctor, args);
        InvalidInputException rejection = construct(ctor, args);
        if (rejection == null) {
            assertTrue(violated.isEmpty(), () -> type.getSimpleName() + Arrays.toString(args)
                    + ": constructor accepted, annotations reject " + violated);
            return;
        }
        assertTrue(!violated.isEmpty(), () -> type.getSimpleName() + Arrays.toString(args)
                + ": constructor rejected (" + rejection.getMessage() + "), annotations accept");
        String field = rejection.field().split("[.\\[]")[0];
        assertTrue(violated.contains(field), () -> type.getSimpleName() + ": exception names " + field
                + ", annotations name " + violated);
    }

    /**
     * Asserts a cross-field rule that only the constructor checks: the constructor rejects with the given
     * field while the per-parameter annotations accept.
     *
     * @param type   the record type
     * @param field  the field the exception must name
     * @param args   the canonical constructor's arguments
     */
    public static void assertConstructorOnlyRejection(Class<? extends Record> type, String field, Object... args) {
        Constructor<?> ctor = canonical(type);
        Set<String> violated = violatedComponents(type, ctor, args);
        assertTrue(violated.isEmpty(), () -> "annotations unexpectedly reject " + violated);
        InvalidInputException rejection = construct(ctor, args);
        if (rejection == null) {
            fail(type.getSimpleName() + Arrays.toString(args) + ": constructor accepted a cross-field violation");
        }
        assertEquals(field, rejection.field());
    }

    private static Constructor<?> canonical(Class<? extends Record> type) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("no canonical constructor on " + type, e);
        }
    }

    private static Set<String> violatedComponents(Class<? extends Record> type, Constructor<?> ctor, Object[] args) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = new TreeSet<>();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<ConstraintViolation<Object>> violations = VALIDATOR.forExecutables()
                .validateConstructorParameters((Constructor) ctor, args);
        for (ConstraintViolation<Object> v : violations) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    names.add(components[node.as(Path.ParameterNode.class).getParameterIndex()].getName());
                }
            }
        }
        return names;
    }

    private static InvalidInputException construct(Constructor<?> ctor, Object[] args) {
        try {
            ctor.newInstance(args);
            return null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException iie) {
                return iie;
            }
            throw new AssertionError("constructor threw " + e.getCause() + " instead of InvalidInputException",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
