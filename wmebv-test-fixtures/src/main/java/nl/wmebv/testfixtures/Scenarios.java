package nl.wmebv.testfixtures;

/**
 * The entry point for scenarios written by legal testers: one incoming message, a bezwaartermijn with its
 * adjustments, or a besluit and its kennisgeving. Each builder starts from legal defaults (see its class) and
 * takes local times in Europe/Amsterdam.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * Starts a scenario of an incoming message (2:13&ndash;2:17, 2:20, 2:23).
     *
     * @param name  what the scenario is about, not blank
     * @return the builder
     */
    public static InboundScenario inbound(String name) {
        return new InboundScenario(name);
    }

    /**
     * Starts a scenario of a bezwaartermijn (6:7&ndash;6:9, 2:21&ndash;2:23).
     *
     * @param name  what the scenario is about, not blank
     * @return the builder
     */
    public static TermScenario objectionTerm(String name) {
        return new TermScenario(name);
    }

    /**
     * Starts a scenario of a kennisgeving (2:10, 2:19).
     *
     * @param name  what the scenario is about, not blank
     * @return the builder
     */
    public static NotificationScenario notification(String name) {
        return new NotificationScenario(name);
    }
}
