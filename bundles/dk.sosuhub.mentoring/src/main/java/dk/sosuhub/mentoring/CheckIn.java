package dk.sosuhub.mentoring;

import java.time.LocalDate;

/** A meeting or call between mentor and mentee. */
public record CheckIn(Long id, long relationshipId, LocalDate date, Integer minutes, String note) {
}
