package dk.sosuhub.placements.internal.plan;

import java.util.List;

/** Places placement periods at sites within the hard rules ({@link HardRules}). */
public interface Planner {

    /** One placement per period of the problem, in the problem's order; pinned periods keep their site. */
    List<Placement> plan(PlanningProblem problem);
}
