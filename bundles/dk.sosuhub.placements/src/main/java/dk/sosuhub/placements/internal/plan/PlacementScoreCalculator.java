package dk.sosuhub.placements.internal.plan;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score the solver searches with: the same rules and objectives as {@link PlacementConstraints} (which stays
 * the readable definition; a unit test holds the two equal), counted incrementally on arrays of students per site,
 * supervisor and time segment. Moving a period costs a pass over the segments it spans instead of the constraint
 * streams' group-by per segment, so that the search evaluates many times more moves in its time.
 */
public class PlacementScoreCalculator implements IncrementalScoreCalculator<PlacementSchedule, BendableLongScore> {

    private final Map<SiteCapacity, int[]> siteLoad = new IdentityHashMap<>();
    private final Map<Object, int[]> supervisorLoad = new IdentityHashMap<>();
    private final Map<Long, List<PeriodAssignment>> byStudent = new HashMap<>();
    private int segments;
    private long hard;
    private final long[] soft = new long[PlacementSchedule.SOFT_LEVELS];

    @Override
    public void resetWorkingSolution(PlacementSchedule schedule) {
        siteLoad.clear();
        supervisorLoad.clear();
        byStudent.clear();
        segments = schedule.getSegments().size();
        hard = 0;
        java.util.Arrays.fill(soft, 0);
        for (PeriodAssignment a : schedule.getAssignments()) {
            byStudent.computeIfAbsent(a.studentId(), k -> new ArrayList<>(4)).add(a);
        }
        for (PeriodAssignment a : schedule.getAssignments()) {
            insert(a);
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        throw new UnsupportedOperationException("periods are never added during a search");
    }

    @Override
    public void afterEntityAdded(Object entity) {
        throw new UnsupportedOperationException("periods are never added during a search");
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        retract((PeriodAssignment) entity);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        insert((PeriodAssignment) entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("periods are never removed during a search");
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("periods are never removed during a search");
    }

    @Override
    public BendableLongScore calculateScore() {
        return BendableLongScore.of(new long[] {hard}, soft.clone());
    }

    private void insert(PeriodAssignment a) {
        change(a, 1);
    }

    private void retract(PeriodAssignment a) {
        change(a, -1);
    }

    /** Adds (+1) or takes away (-1) the period's part of the score, as placed now. */
    private void change(PeriodAssignment a, int sign) {
        if (a.moved()) {
            soft[PlacementSchedule.MOVES] -= sign;
        }
        Slot slot = a.getSlot();
        if (slot == null) {
            return;
        }
        int from = a.segmentFrom();
        int to = a.segmentTo();
        // capacity: each student over capacity in a segment costs 1, as in the constraint streams
        int[] load = siteLoad.computeIfAbsent(slot.capacity(), k -> new int[segments]);
        SiteCapacity capacity = slot.capacity();
        for (int s = from; s < to; s++) {
            if (sign > 0) {
                if (load[s] >= capacity.at(s)) {
                    hard--;
                }
                load[s]++;
            } else {
                load[s]--;
                if (load[s] >= capacity.at(s)) {
                    hard++;
                }
            }
        }
        if (slot.supervisor() != null) {
            int[] sup = supervisorLoad.computeIfAbsent(slot.supervisor(), k -> new int[segments]);
            int max = slot.supervisor().capacity();
            for (int s = from; s < to; s++) {
                if (sign > 0) {
                    if (sup[s] >= max) {
                        hard--;
                    }
                    sup[s]++;
                } else {
                    sup[s]--;
                    if (sup[s] >= max) {
                        hard++;
                    }
                }
            }
        }
        // same site twice (per pair) and differentTypeFrom (per ordered pair whose rule names the other)
        long pairs = 0;
        for (PeriodAssignment o : byStudent.get(a.studentId())) {
            if (o == a || o.getSlot() == null) {
                continue;
            }
            if (o.getSlot().siteId() == slot.siteId()) {
                pairs++;
            }
            if (o.getSlot().site().type() == slot.site().type()) {
                pairs += (a.mustDifferFrom(o) ? 1 : 0) + (o.mustDifferFrom(a) ? 1 : 0);
            }
        }
        hard -= sign * pairs;
        soft[PlacementSchedule.PLACED] += sign;
        if (a.atTasterSite()) {
            soft[PlacementSchedule.TASTER] += sign;
        }
        soft[PlacementSchedule.SUPPORT] += (long) sign * a.needsMatched();
        soft[PlacementSchedule.PREFERENCE] += (long) sign * a.preferenceWeight();
        soft[PlacementSchedule.TRAVEL] -= (long) sign * a.travelKm();
    }
}
