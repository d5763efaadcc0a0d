package dk.sosuhub.placements.internal.plan;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/** The solver's planning solution: every period with its slot, and the time segments capacity is counted in. */
@PlanningSolution
public class PlacementSchedule {

    /**
     * Soft levels, most important first. A period already planned is moved only when that places more periods:
     * the plan stays stable when re-planned (a closed site moves its own students, not others).
     */
    public static final int PLACED = 0;
    public static final int MOVES = 1;
    public static final int TASTER = 2;
    public static final int SUPPORT = 3;
    public static final int PREFERENCE = 4;
    public static final int TRAVEL = 5;
    public static final int SOFT_LEVELS = 6;

    @PlanningEntityCollectionProperty
    private List<PeriodAssignment> assignments;

    @ProblemFactCollectionProperty
    private List<TimeSegment> segments;

    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    public PlacementSchedule() {
    }

    PlacementSchedule(List<PeriodAssignment> assignments, List<TimeSegment> segments) {
        this.assignments = assignments;
        this.segments = segments;
    }

    public List<PeriodAssignment> getAssignments() {
        return assignments;
    }

    public List<TimeSegment> getSegments() {
        return segments;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
