package dk.sosuhub.placements.internal.plan;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import static dk.sosuhub.placements.internal.plan.PlacementSchedule.SOFT_LEVELS;

/**
 * The score's readable definition (the solver searches with its incremental form, {@link PlacementScoreCalculator};
 * {@code PlacementScoreCalculatorTest} holds the two equal after every move): the hard rules that depend on other periods (capacity of sites and supervisors per
 * segment of days, the same site twice, differentTypeFrom; the others are kept by each period's candidates), then
 * the soft objectives, each on its own level so that a more important one always wins: placed periods, moves of
 * periods already planned (so that re-planning moves a period only to place more), the taster site for placement
 * 1, support needs matched, preferences, travel.
 */
public class PlacementConstraints implements ConstraintProvider {

    private static BendableLongScore hard() {
        return BendableLongScore.ofHard(1, SOFT_LEVELS, 0, 1L);
    }

    private static BendableLongScore soft(int level) {
        return BendableLongScore.ofSoft(1, SOFT_LEVELS, level, 1L);
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                siteCapacity(factory), supervisorCapacity(factory), sameSiteTwice(factory), differentType(factory),
                placed(factory), tasterSite(factory), supportNeeds(factory), preferences(factory), travel(factory),
                moves(factory)
        };
    }

    Constraint siteCapacity(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .join(TimeSegment.class, Joiners.overlapping(PeriodAssignment::start, PeriodAssignment::end,
                        TimeSegment::start, TimeSegment::end))
                .groupBy((a, s) -> a.getSlot().capacity(), (a, s) -> s, ConstraintCollectors.countBi())
                .filter((capacity, segment, n) -> n > capacity.at(segment))
                .penalizeLong(hard(), (capacity, segment, n) -> n - capacity.at(segment))
                .asConstraint("site capacity");
    }

    Constraint supervisorCapacity(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .filter(a -> a.getSlot().supervisor() != null)
                .join(TimeSegment.class, Joiners.overlapping(PeriodAssignment::start, PeriodAssignment::end,
                        TimeSegment::start, TimeSegment::end))
                .groupBy((a, s) -> a.getSlot().supervisor(), (a, s) -> s, ConstraintCollectors.countBi())
                .filter((supervisor, segment, n) -> n > supervisor.capacity())
                .penalizeLong(hard(), (supervisor, segment, n) -> n - supervisor.capacity())
                .asConstraint("supervisor capacity");
    }

    Constraint sameSiteTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(PeriodAssignment.class,
                        Joiners.equal(PeriodAssignment::studentId), Joiners.equal(PeriodAssignment::siteId))
                .penalizeLong(hard(), (a, b) -> 1L)
                .asConstraint("same site twice");
    }

    Constraint differentType(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .join(PeriodAssignment.class, Joiners.equal(PeriodAssignment::studentId),
                        Joiners.filtering((a, b) -> a.mustDifferFrom(b)
                                && a.getSlot().site().type() == b.getSlot().site().type()))
                .penalizeLong(hard(), (a, b) -> 1L)
                .asConstraint("different type");
    }

    Constraint placed(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .rewardLong(soft(PlacementSchedule.PLACED), a -> 1L)
                .asConstraint("placed");
    }

    Constraint tasterSite(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .filter(PeriodAssignment::atTasterSite)
                .rewardLong(soft(PlacementSchedule.TASTER), a -> 1L)
                .asConstraint("taster site");
    }

    Constraint supportNeeds(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .filter(a -> a.needsMatched() > 0)
                .rewardLong(soft(PlacementSchedule.SUPPORT), a -> a.needsMatched())
                .asConstraint("support needs");
    }

    Constraint preferences(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .filter(a -> a.preferenceWeight() > 0)
                .rewardLong(soft(PlacementSchedule.PREFERENCE), a -> a.preferenceWeight())
                .asConstraint("preferences");
    }

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(PeriodAssignment.class)
                .filter(a -> a.travelKm() > 0)
                .penalizeLong(soft(PlacementSchedule.TRAVEL), a -> a.travelKm())
                .asConstraint("travel");
    }

    Constraint moves(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PeriodAssignment.class)
                .filter(PeriodAssignment::moved)
                .penalizeLong(soft(PlacementSchedule.MOVES), a -> 1L)
                .asConstraint("moves");
    }
}
