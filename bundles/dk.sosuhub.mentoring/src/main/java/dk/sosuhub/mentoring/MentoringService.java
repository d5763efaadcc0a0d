package dk.sosuhub.mentoring;

import dk.sosuhub.core.api.security.Caller;

import java.time.LocalDate;
import java.util.List;

/**
 * The mentoring module's data. Every method takes the municipality code and sees only that municipality's mentors
 * and relationships: an id of another municipality is not found. Invalid input throws a
 * {@link dk.sosuhub.core.api.error.ValidationException} naming every invalid field; an impossible transition a
 * {@link dk.sosuhub.core.api.error.ConflictException}; either changes nothing.
 */
public interface MentoringService {

    /** Filter of {@link #relationships}; null fields match everything. */
    record Filter(Scheme scheme, RelationshipStatus status, Long studentId, Long mentorId) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    List<Mentor> mentors(String municipality);

    Mentor mentor(String municipality, long id);

    Mentor createMentor(String municipality, Mentor mentor);

    Mentor updateMentor(String municipality, long id, Mentor mentor);

    /** @throws dk.sosuhub.core.api.error.ConflictException while relationships name the mentor */
    void deleteMentor(String municipality, long id);

    /**
     * The relationships the caller may see: all for staff; a mentor's own mentees for a caller with role mentor
     * alone; a student's own for a student.
     */
    List<Relationship> relationships(String municipality, Filter filter, Caller caller);

    Relationship relationship(String municipality, long id, Caller caller);

    /** A referral (REFERRED). */
    Relationship refer(String municipality, Scheme scheme, long studentId, Long mentorId, LocalDate referredOn,
                       List<String> supportNeeds);

    Relationship start(String municipality, long id, LocalDate date, Long mentorId);

    Relationship close(String municipality, long id, LocalDate date, Outcome outcome);

    Relationship withdraw(String municipality, long id, LocalDate date);

    CheckIn addCheckIn(String municipality, long relationshipId, CheckIn checkIn, Caller caller);

    List<CheckIn> checkIns(String municipality, long relationshipId, Caller caller);

    List<Suggestion> suggestions(String municipality, long studentId, Scheme scheme, List<String> needs, LocalDate date);

    BuddyProposal autoBuddies(String municipality, LocalDate date, boolean accept);

    MentoringKpis kpis(String municipality, Scheme scheme, LocalDate from, LocalDate to);

    /** Weeks without a check-in after which an active relationship needs one (configuration checkInWeeks). */
    int checkInWeeks();
}
