package dk.sosuhub.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The buddies for the students who start a placement on {@code date} without one.
 *
 * @param accepted  whether the proposals were made into relationships (then {@code relationshipId} is set)
 * @param proposals one per student with a suggestion
 * @param without   students starting that day for whom no buddy could be found (no mentor at their site with room)
 */
public record BuddyProposal(LocalDate date, boolean accepted, List<Proposal> proposals, List<Unmatched> without) {

    public record Proposal(long studentId, String studentName, String site, long mentorId, String mentorName, int score,
                           List<String> reasons, Long relationshipId) {
    }

    public record Unmatched(long studentId, String studentName, String site) {
    }
}
