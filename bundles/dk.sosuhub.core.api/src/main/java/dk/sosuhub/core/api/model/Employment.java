package dk.sosuhub.core.api.model;

import java.time.LocalDate;

/** A graduate hired by the municipality. */
public record Employment(LocalDate date, UnitType unitType) {
}
