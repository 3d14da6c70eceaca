/**
 * Citations of law: {@link nl.wmebv.core.law.LegalBasis} (artikel, lid, onderdeel, zin) and the
 * {@link nl.wmebv.core.law.Provision} catalogue of every provision the library implements or refers to.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}.
 *
 * <p>In-force dates are legal days ({@code LocalDate}, Europe/Amsterdam); nothing in this package reads the
 * system clock, zone or locale.
 */
package nl.wmebv.core.law;
