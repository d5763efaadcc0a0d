package dk.sosuhub.core.api.model;

import java.time.LocalDate;

/** @param phase where in the plan the student left, e.g. {@code BASIC}, {@code PLACEMENT_1} */
public record Dropout(LocalDate date, DropoutReason reason, String phase) {
}
