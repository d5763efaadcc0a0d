package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.internal.plan.bench.GeneratedMunicipality;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The incremental score the solver searches with equals the constraint streams' ({@link PlacementConstraints}) after
 * every move: Timefold's FULL_ASSERT mode recalculates both and fails on any difference.
 */
class PlacementScoreCalculatorTest {

    @Test
    void equalsTheConstraintStreamsAfterEveryMove() {
        PlanningProblem small = GeneratedMunicipality.generate(GeneratedMunicipality.small(32, 7), 7);
        List<Placement> plan = new TimefoldPlanner(Duration.ofSeconds(4), Duration.ofSeconds(2), true).plan(small);
        assertEquals(List.of(), HardRules.check(small, plan));
    }

    @Test
    void equalsTheConstraintStreamsWhenRePlanningWithPinnedPeriods() {
        PlanningProblem small = GeneratedMunicipality.generate(GeneratedMunicipality.small(28, 6), 11);
        List<Placement> first = new GreedyPlanner().plan(small);
        List<PlanningPeriod> again = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Placement p = first.get(i);
            // every third planned period pinned, the others planned before and free to move
            again.add(p.period().withCurrent(p.siteId(), p.supervisorId(), p.placed() && i % 3 == 0));
        }
        PlanningProblem replan = new PlanningProblem(small.sites(), small.supervisors(), again);
        List<Placement> plan = new TimefoldPlanner(Duration.ofSeconds(4), Duration.ofSeconds(2), true).plan(replan);
        assertEquals(List.of(), HardRules.check(replan, plan));
    }
}
