package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;

/**
 * Test support for the records of the message and channel packages: a valid argument set passes both the
 * constructor and the annotations, and replacing any one reference argument with null makes the constructor
 * throw {@link InvalidInputException} naming exactly that component, with the annotations agreeing.
 */
public final class ComponentChecks {

    private ComponentChecks() {
    }

    /**
     * Asserts that the valid arguments are accepted by both checks and that each null reference argument is
     * rejected naming its component.
     *
     * @param type   the record type
     * @param valid  a valid argument set for the canonical constructor
     */
    public static void assertValidAndEachNullRejected(Class<? extends Record> type, Object... valid) {
        ValidationAgreement.assertAgree(type, valid);
        construct(type, valid);
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive()) {
                continue;
            }
            Object[] args = valid.clone();
            args[i] = null;
            InvalidInputException e = rejection(type, args);
            assertEquals(components[i].getName(), e.field(), type.getSimpleName() + " with null " + components[i].getName());
            assertEquals("notNull", e.constraint());
            ValidationAgreement.assertAgree(type, args);
        }
    }

    /**
     * Constructs a record through its canonical constructor and returns the exception it throws.
     *
     * @param type  the record type
     * @param args  the arguments
     * @return the exception
     */
    public static InvalidInputException rejection(Class<? extends Record> type, Object... args) {
        try {
            construct(type, args);
        } catch (InvalidInputException e) {
            return e;
        }
        return fail(type.getSimpleName() + Arrays.toString(args) + " was accepted");
    }

    private static Object construct(Class<? extends Record> type, Object[] args) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
