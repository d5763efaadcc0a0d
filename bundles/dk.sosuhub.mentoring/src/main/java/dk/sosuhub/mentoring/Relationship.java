package dk.sosuhub.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's course with a mentor in one scheme.
 *
 * @param endDate      a new-graduate mentorship's planned end: three months from its start; null otherwise
 * @param supportNeeds tags of what the student needs support with, matched against mentors' competences
 * @param health       of an active relationship; null otherwise
 * @param lastCheckIn  the latest check-in's date, or null
 */
public record Relationship(long id, Scheme scheme, long studentId, String studentName, Long mentorId, String mentorName,
                           RelationshipStatus status, LocalDate referredOn, LocalDate startedOn, LocalDate endDate,
                           LocalDate closedOn, LocalDate withdrawnOn, Outcome outcome, Health health,
                           LocalDate lastCheckIn, List<String> supportNeeds) {
}
