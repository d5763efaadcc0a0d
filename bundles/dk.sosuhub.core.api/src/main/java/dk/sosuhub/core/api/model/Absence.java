package dk.sosuhub.core.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sick days reported for a student, starting on a date; the period follows from the plan.
 *
 * @param phase the plan's phase at {@code date}, e.g. {@code PLACEMENT_1}
 */
public record Absence(long id, LocalDate date, BigDecimal sickDays, String phase) {
}
