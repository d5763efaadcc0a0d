package dk.sosuhub.mentoring;

import java.util.List;

/** A mentor suggested for a student, with the score and its reasons in Danish. */
public record Suggestion(long mentorId, String name, String site, int score, List<String> reasons, int load, int capacity) {
}
