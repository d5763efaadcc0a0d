package dk.sosuhub.mentoring.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.mentoring.CheckIn;
import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.Outcome;
import dk.sosuhub.mentoring.Scheme;

import java.time.LocalDate;
import java.util.List;

/** What clients write; ids come from the path. */
public final class Inputs {

    /** Who manages mentors and relationships. */
    static final String[] MANAGE = {Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME};

    private Inputs() {
    }

    public record MentorInput(String name, List<Scheme> schemes, Integer capacity, String site, List<String> languages,
                              List<String> competences, Boolean active, String username) {
        Mentor toModel() {
            return new Mentor(null, name, schemes, capacity, site, languages, competences, active, username, null);
        }
    }

    public record MentoringReferralInput(Scheme scheme, Long studentId, Long mentorId, LocalDate referredOn,
                                         List<String> supportNeeds) {
    }

    public record MentoringStartInput(LocalDate date, Long mentorId) {
    }

    public record MentoringCloseInput(LocalDate date, Outcome outcome) {
    }

    public record MentoringWithdrawInput(LocalDate date) {
    }

    public record MentoringCheckInInput(LocalDate date, Integer minutes, String note) {
        CheckIn toModel(long relationshipId) {
            return new CheckIn(null, relationshipId, date, minutes, note);
        }
    }

    public record MentoringDateInput(LocalDate date) {
    }
}
