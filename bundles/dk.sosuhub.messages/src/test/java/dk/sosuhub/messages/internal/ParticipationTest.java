package dk.sosuhub.messages.internal;

import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Student SIGNE = new Student(7, "250", "Signe Bøgelund", Programme.SSA, null, null,
            LocalDate.of(2025, 8, 1), null, null, null, "raadgiver", StudentStatus.ACTIVE, null, null, null);
    private static final List<StudyPeriod> PLAN = List.of(
            new StudyPeriod(1, PeriodKind.BASIC, 1, LocalDate.of(2025, 8, 1), LocalDate.of(2026, 1, 1), null),
            new StudyPeriod(2, PeriodKind.PLACEMENT, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), "A", "tidligere"),
            new StudyPeriod(3, PeriodKind.SCHOOL, 1, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1), null),
            new StudyPeriod(4, PeriodKind.PLACEMENT, 2, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 5), "B", "nu"),
            new StudyPeriod(5, PeriodKind.PLACEMENT, 3, LocalDate.of(2026, 12, 5), LocalDate.of(2027, 3, 1), "C", "naeste"));

    private static Participation of(String user, Role role, Long studentId, boolean staffOnly) {
        return Participation.of(new Caller(user, Set.of(role), "250", studentId), SIGNE, PLAN, staffOnly, TODAY);
    }

    @Test
    void theStudentTakesPartUnlessStaffOnly() {
        assertEquals(Participation.FULL, of("signe", Role.STUDENT, 7L, false));
        assertEquals(Participation.NONE, of("signe", Role.STUDENT, 7L, true));
        assertEquals(Participation.NONE, of("karl", Role.STUDENT, 8L, false));
    }

    @Test
    void advisorAndEducationTeamTakePart() {
        assertEquals(Participation.FULL, of("raadgiver", Role.SUPERVISOR, null, true));
        assertEquals(Participation.FULL, of("team", Role.EDUCATION_TEAM, null, true));
        assertEquals(Participation.NONE, of("admin", Role.MUNICIPALITY_ADMIN, null, false));
    }

    @Test
    void supervisorsFollowThePlan() {
        assertEquals(Participation.FULL, of("nu", Role.SUPERVISOR, null, false));
        Participation former = of("tidligere", Role.SUPERVISOR, null, false);
        assertTrue(former.reads());
        assertFalse(former.writes());
        assertEquals(LocalDate.of(2026, 6, 1), former.readsUntil());
        assertEquals(Participation.NONE, of("naeste", Role.SUPERVISOR, null, false));
        assertEquals(Participation.NONE, of("fremmed", Role.SUPERVISOR, null, false));
        // the next placement's supervisor joins the day it starts
        assertEquals(Participation.FULL, Participation.of(new Caller("naeste", Set.of(Role.SUPERVISOR), "250"), SIGNE, PLAN,
                false, LocalDate.of(2026, 12, 5)));
        assertNull(Participation.FULL.readsUntil());
    }

    @Test
    void anotherMunicipalityNeverTakesPart() {
        assertEquals(Participation.NONE, Participation.of(new Caller("team", Set.of(Role.EDUCATION_TEAM), "751"), SIGNE, PLAN,
                false, TODAY));
    }

    @Test
    void mailsNameTheFirstNameOnly() {
        assertEquals("Signe", Participation.firstName("Signe Bøgelund-Æbelø"));
        assertEquals("eleven", Participation.firstName(" "));
        assertEquals("nu", Participation.currentSupervisor(PLAN, TODAY).orElseThrow());
    }
}
