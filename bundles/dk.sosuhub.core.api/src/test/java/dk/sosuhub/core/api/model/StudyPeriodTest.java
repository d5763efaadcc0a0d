package dk.sosuhub.core.api.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StudyPeriodTest {

    private static final LocalDate START = LocalDate.of(2022, 8, 1);

    @Test
    void sshPlanIsTheBasicCourseThenTwoPlacementsEachFollowedBySchool() {
        List<StudyPeriod> plan = StudyPeriod.nominalPlan(Programme.SSH, START);

        assertEquals(List.of("BASIC", "PLACEMENT_1", "SCHOOL_1", "PLACEMENT_2", "SCHOOL_2"),
                plan.stream().map(StudyPeriod::phase).toList());
        assertEquals(START, plan.get(0).startDate());
        assertEquals(LocalDate.of(2023, 1, 1), plan.get(1).startDate(), "main course starts after 5 months of GF");
        assertEquals(LocalDate.of(2024, 3, 1), plan.get(plan.size() - 1).endDate(), "1 year 7 months in all");
    }

    @Test
    void ssaPlanHasFourPlacementsAndNoGaps() {
        List<StudyPeriod> plan = StudyPeriod.nominalPlan(Programme.SSA, START);

        assertEquals(9, plan.size());
        assertEquals("PLACEMENT_4", plan.get(7).phase());
        for (int i = 1; i < plan.size(); i++) {
            assertEquals(plan.get(i - 1).endDate(), plan.get(i).startDate(), "period " + i + " follows the one before");
            assertEquals(i + 1, plan.get(i).seq());
        }
        assertEquals(START.plus(Programme.SSA.nominalDuration()), plan.get(8).endDate());
    }

    @Test
    void theDropoutPhaseIsThePeriodTheDateFallsIn() {
        List<StudyPeriod> plan = StudyPeriod.nominalPlan(Programme.SSH, START);

        assertEquals("BASIC", StudyPeriod.phaseAt(plan, START));
        assertEquals("BASIC", StudyPeriod.phaseAt(plan, LocalDate.of(2022, 12, 31)));
        assertEquals("PLACEMENT_1", StudyPeriod.phaseAt(plan, LocalDate.of(2023, 1, 1)));
        assertEquals("BASIC", StudyPeriod.phaseAt(plan, START.minusDays(3)), "before the plan counts as the basic course");
        assertEquals("SCHOOL_2", StudyPeriod.phaseAt(plan, LocalDate.of(2030, 1, 1)), "after it, the last period");
        assertNull(StudyPeriod.phaseAt(List.of(), START));
    }
}
