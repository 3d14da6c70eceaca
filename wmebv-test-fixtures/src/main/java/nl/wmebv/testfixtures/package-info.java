/**
 * The legal-tester kit: seeded generators of every domain type ({@code Instants}, {@code LegalDays},
 * {@code Registers}, {@code InboundCases}, {@code LedgerCases}, {@code OutboundCases}), scenario builders
 * with legal defaults ({@code Scenarios}), scenario spaces as {@code Stream}s ({@code ScenarioSpaces}), the
 * catalogue of named legal invariants ({@code Invariants}) and hand-checked legal-day tables
 * ({@code LegalDayTables}). Framework-neutral: usable from any test runner, JUnit {@code @MethodSource}
 * included, without depending on one.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; legal days, {@code LocalDate}s in Europe/Amsterdam; local times given by a tester are
 * read in Europe/Amsterdam and refused when they do not exist or occur twice there. Every generator is
 * reproducible from its printed seed.
 */
package nl.wmebv.testfixtures;
