package dk.sosuhub.mentoring.internal;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.mentoring.Health;
import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.Scheme;
import dk.sosuhub.mentoring.Suggestion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Mentor mentor(long id, String name, List<Scheme> schemes, int capacity, String site,
                                 List<String> languages, List<String> competences, String username) {
        return new Mentor(id, name, schemes, capacity, site, languages, competences, true, username, null);
    }

    @Test
    void healthFollowsTheLatestCheckIn() {
        assertEquals(Health.TOO_EARLY, Rules.health(TODAY.minusWeeks(2), null, TODAY, 3));
        assertEquals(Health.NEEDS_CHECK_IN, Rules.health(TODAY.minusWeeks(3), null, TODAY, 3));
        assertEquals(Health.ON_TRACK, Rules.health(TODAY.minusWeeks(10), TODAY.minusWeeks(3).plusDays(1), TODAY, 3));
        assertEquals(Health.NEEDS_CHECK_IN, Rules.health(TODAY.minusWeeks(10), TODAY.minusWeeks(3), TODAY, 3));
        assertEquals(Health.NEEDS_CHECK_IN, Rules.health(TODAY.minusWeeks(2), TODAY.minusWeeks(2), TODAY, 1));
    }

    @Test
    void ratesHaveFourDecimals() {
        assertEquals(new BigDecimal("0.8276"), Rules.rate(72, 87));
        assertEquals(new BigDecimal("1.0000"), Rules.rate(3, 3));
        assertNull(Rules.rate(0, 0));
    }

    @Test
    void buddiesComeFromTheStudentsSiteWithRoomAndNeverTheSupervisor() {
        List<Rules.Candidate> candidates = List.of(
                new Rules.Candidate(mentor(1, "Susanne", List.of(Scheme.BUDDY), 2, "Plejecentret Tolvkarlen",
                        List.of("arabisk"), List.of("sprog"), null), 0),
                new Rules.Candidate(mentor(2, "Hanne", List.of(Scheme.BUDDY), 2, "Plejecentret Tolvkarlen",
                        List.of(), List.of("sprog"), "hanne"), 0),
                new Rules.Candidate(mentor(3, "Fuld", List.of(Scheme.BUDDY), 1, "Plejecentret Tolvkarlen",
                        List.of(), List.of(), null), 1),
                new Rules.Candidate(mentor(4, "Andet sted", List.of(Scheme.BUDDY), 3, "Hjemmeplejen Syd",
                        List.of(), List.of("sprog"), null), 0),
                new Rules.Candidate(mentor(5, "Ingen buddy", List.of(Scheme.RETENTION_MENTOR), 3, "Plejecentret Tolvkarlen",
                        List.of(), List.of(), null), 0),
                new Rules.Candidate(mentor(6, "Mikkel", List.of(Scheme.BUDDY), 1, "plejecentret tolvkarlen ",
                        List.of(), List.of(), null), 0));
        List<Suggestion> ranked = Rules.rank(Scheme.BUDDY, candidates, "Plejecentret Tolvkarlen", "hanne",
                List.of("sprog", "arabisk"));
        assertEquals(List.of(1L, 6L), ranked.stream().map(Suggestion::mentorId).toList());
        Suggestion best = ranked.get(0);
        assertEquals(10 + 40 + 20 + 15 + 4, best.score());
        assertTrue(best.reasons().contains("Taler arabisk"), best.reasons().toString());
        assertTrue(best.reasons().contains("Arbejder på elevens oplæringssted: Plejecentret Tolvkarlen"));
        assertEquals(10 + 40 + 2, ranked.get(1).score());
        assertTrue(Rules.rank(Scheme.BUDDY, candidates, null, null, List.of()).isEmpty(), "no site, no buddy");
    }

    @Test
    void retentionMentorsComeFromAnywhereRankedByNeeds() {
        List<Rules.Candidate> candidates = List.of(
                new Rules.Candidate(mentor(1, "A", List.of(Scheme.RETENTION_MENTOR), 10, null, List.of(), List.of(), null), 0),
                new Rules.Candidate(mentor(2, "B", List.of(Scheme.RETENTION_MENTOR), 10, "SOSU H", List.of(),
                        List.of("psykisk"), null), 9));
        List<Suggestion> ranked = Rules.rank(Scheme.RETENTION_MENTOR, candidates, "Tolvkarlen", null, List.of("psykisk"));
        assertEquals(List.of(2L, 1L), ranked.stream().map(Suggestion::mentorId).toList());
        assertEquals(10 + 20 + 2, ranked.get(0).score());
        assertEquals(10 + 10, ranked.get(1).score());
    }

    @Test
    void theCurrentOrNextPlacementCounts() {
        List<StudyPeriod> plan = List.of(
                new StudyPeriod(1, PeriodKind.BASIC, 1, LocalDate.of(2025, 8, 11), LocalDate.of(2026, 1, 5), null),
                new StudyPeriod(2, PeriodKind.PLACEMENT, 1, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 5, 4), "Tolvkarlen", "hanne"),
                new StudyPeriod(3, PeriodKind.SCHOOL, 1, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 8, 3), null),
                new StudyPeriod(4, PeriodKind.PLACEMENT, 2, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 12, 7), "Syd"));
        assertEquals("Tolvkarlen", Rules.placementAt(plan, LocalDate.of(2025, 9, 1)).site());
        assertEquals("Tolvkarlen", Rules.placementAt(plan, LocalDate.of(2026, 1, 5)).site());
        assertEquals("Syd", Rules.placementAt(plan, LocalDate.of(2026, 6, 1)).site());
        assertNull(Rules.placementAt(plan, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aMentorIsValidatedAndNormalised() {
        Mentor m = Rules.mentor(new Mentor(null, " Susanne ", List.of(Scheme.BUDDY, Scheme.BUDDY), 2, " ",
                List.of(" Arabisk", "arabisk"), List.of("Sprog"), null, null, null));
        assertEquals("Susanne", m.name());
        assertEquals(List.of(Scheme.BUDDY), m.schemes());
        assertNull(m.site());
        assertEquals(List.of("arabisk"), m.languages());
        assertEquals(List.of("sprog"), m.competences());
        assertTrue(m.active());
        ValidationException e = assertThrows(ValidationException.class, () -> Rules.mentor(new Mentor(null, "", List.of(),
                0, null, List.of(""), null, true, null, null)));
        assertEquals(List.of("name", "schemes", "capacity", "languages[0]"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
    }
}
