package dk.sosuhub.messages.internal;

import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who takes part in a conversation about a student, derived from the student's record and plan on a day: the
 * student (not in staff-only conversations), the personal advisor, the education team and the supervisor of the
 * placement going on that day. A supervisor whose placement has ended reads what was written before its end
 * ({@link #readsUntil}) and writes no more; a supervisor of a placement yet to come is not a participant.
 */
public record Participation(boolean reads, boolean writes, LocalDate readsUntil) {

    static final Participation NONE = new Participation(false, false, null);
    static final Participation FULL = new Participation(true, true, null);

    public static Participation of(Caller caller, Student student, List<StudyPeriod> plan, boolean staffOnly, LocalDate today) {
        if (caller.municipality() == null || !caller.municipality().equals(student.municipality())) {
            return NONE;
        }
        if (caller.has(Role.STUDENT)) {
            return !staffOnly && caller.studentId() != null && caller.studentId() == student.id() ? FULL : NONE;
        }
        if (caller.has(Role.EDUCATION_TEAM) || caller.username().equals(student.personalAdvisor())) {
            return FULL;
        }
        if (caller.has(Role.SUPERVISOR)) {
            return supervisor(caller.username(), plan, today);
        }
        return NONE;
    }

    static Participation supervisor(String username, List<StudyPeriod> plan, LocalDate today) {
        LocalDate endedAt = null;
        for (StudyPeriod p : plan) {
            if (p.kind() != PeriodKind.PLACEMENT || !username.equals(p.supervisor())) {
                continue;
            }
            if (p.contains(today)) {
                return FULL;
            }
            if (!p.endDate().isAfter(today) && (endedAt == null || p.endDate().isAfter(endedAt))) {
                endedAt = p.endDate();
            }
        }
        return endedAt == null ? NONE : new Participation(true, false, endedAt);
    }

    /** The placement going on that day, if any. */
    public static Optional<StudyPeriod> currentPlacement(List<StudyPeriod> plan, LocalDate today) {
        return plan.stream().filter(p -> p.kind() == PeriodKind.PLACEMENT && p.contains(today)).findFirst();
    }

    /** The supervisor of the placement going on that day, if known. */
    public static Optional<String> currentSupervisor(List<StudyPeriod> plan, LocalDate today) {
        return currentPlacement(plan, today).map(StudyPeriod::supervisor);
    }

    /** The first letters of the name up to the first space: all a mail may say about the student. */
    public static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return "eleven";
        }
        return name.trim().split("\\s+")[0];
    }
}
