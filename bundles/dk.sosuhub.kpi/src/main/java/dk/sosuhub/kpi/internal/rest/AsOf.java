package dk.sosuhub.kpi.internal.rest;

import dk.sosuhub.core.api.error.ValidationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The optional {@code date} ("as of") query parameter: today when absent. */
final class AsOf {

    private AsOf() {
    }

    static LocalDate parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                throw new ValidationException("date", "must be in the years 1990 to 2100");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "must be a date as YYYY-MM-DD, not '"
                    + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'");
        }
    }
}
