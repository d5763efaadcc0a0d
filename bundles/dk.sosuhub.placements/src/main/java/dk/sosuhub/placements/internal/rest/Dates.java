package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.core.api.error.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates given as query parameters: a bad one is a 422 naming the parameter. */
final class Dates {

    private final Validator validator = new Validator();

    LocalDate date(String name, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            validator.require(!required, name, "is required (a date, e.g. 2026-08-03)");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            validator.require(false, name, "must be a date like 2026-08-03");
            return null;
        }
    }

    void throwIfInvalid() {
        validator.throwIfInvalid();
    }
}
