package dk.sosuhub.placements.internal.plan;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves aimed at the lower score levels, next to Timefold's random change and swap moves: a period is moved to a
 * slot it wishes for (its taster site for placement 1, a supervisor covering one of its support needs, a
 * preferred site), and when someone already sits there in the period's time, that one takes the period's old slot
 * in exchange. A random change move finds such a slot for a period one time in hundreds (a period has a few
 * hundred candidate slots) and a random swap hits the right partner one time in millions; here every move is
 * one. In particular a period can change only its supervisor: to one of the same site with the competence, the
 * supervisor's student taking the other supervisor. The score decides, as for every move.
 */
public class WishMoves implements MoveIteratorFactory<PlacementSchedule, Move<PlacementSchedule>> {

    private static final String VARIABLE = "slot";

    /** Movable periods with a wish, and each one's wished slots. */
    private List<PeriodAssignment> wishful = List.of();
    private Map<PeriodAssignment, Slot[]> wished = Map.of();
    /** Per site: the movable periods that have it among their candidates, by first day. */
    private Map<Long, List<PeriodAssignment>> bySite = Map.of();
    /** The longest period in days: who overlaps a period starts at most this long before it. */
    private long longest;

    @Override
    public void phaseStarted(ScoreDirector<PlacementSchedule> scoreDirector) {
        List<PeriodAssignment> all = scoreDirector.getWorkingSolution().getAssignments();
        wishful = new ArrayList<>();
        wished = new HashMap<>();
        bySite = new HashMap<>();
        longest = 0;
        for (PeriodAssignment a : all) {
            if (a.isPinned()) {
                continue;
            }
            List<Slot> slots = new ArrayList<>();
            Long lastSite = null;
            for (Slot s : a.getCandidates()) {
                if (!Long.valueOf(s.siteId()).equals(lastSite)) {
                    bySite.computeIfAbsent(s.siteId(), k -> new ArrayList<>()).add(a);
                    lastSite = s.siteId();
                }
                if (a.wishes(s)) {
                    slots.add(s);
                }
            }
            if (!slots.isEmpty()) {
                wishful.add(a);
                wished.put(a, slots.toArray(Slot[]::new));
            }
            longest = Math.max(longest, a.end().toEpochDay() - a.start().toEpochDay());
        }
        bySite.values().forEach(l -> l.sort(Comparator.comparing(PeriodAssignment::start)));
    }

    /** The index of the first period in the list (by first day) that starts on the day or later. */
    private static int firstFrom(List<PeriodAssignment> list, long epochDay) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start().toEpochDay() < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public void phaseEnded(ScoreDirector<PlacementSchedule> scoreDirector) {
        wishful = List.of();
        wished = Map.of();
        bySite = Map.of();
    }

    @Override
    public long getSize(ScoreDirector<PlacementSchedule> scoreDirector) {
        return wished.values().stream().mapToLong(s -> s.length).sum();
    }

    @Override
    public Iterator<Move<PlacementSchedule>> createOriginalMoveIterator(ScoreDirector<PlacementSchedule> scoreDirector) {
        throw new UnsupportedOperationException("only random selection");
    }

    @Override
    public Iterator<Move<PlacementSchedule>> createRandomMoveIterator(ScoreDirector<PlacementSchedule> scoreDirector,
                                                                       Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !wishful.isEmpty();
            }

            @Override
            public Move<PlacementSchedule> next() {
                PeriodAssignment a = wishful.get(random.nextInt(wishful.size()));
                Slot[] slots = wished.get(a);
                Slot to = slots[random.nextInt(slots.length)];
                // who sits at the wished slot (or else at its site) during the period: one of them swaps
                List<PeriodAssignment> atSlot = new ArrayList<>();
                List<PeriodAssignment> atSite = new ArrayList<>();
                List<PeriodAssignment> candidates = bySite.getOrDefault(to.siteId(), List.of());
                long end = a.end().toEpochDay();
                for (int i = firstFrom(candidates, a.start().toEpochDay() - longest); i < candidates.size(); i++) {
                    PeriodAssignment b = candidates.get(i);
                    if (b.start().toEpochDay() >= end) {
                        break;
                    }
                    Slot s = b.getSlot();
                    if (b != a && s != null && s.siteId() == to.siteId() && b.overlaps(a)) {
                        (s.equals(to) ? atSlot : atSite).add(b);
                    }
                }
                List<PeriodAssignment> pick = !atSlot.isEmpty() && (atSite.isEmpty() || random.nextBoolean()) ? atSlot : atSite;
                if (pick.isEmpty() || random.nextInt(4) == 0) {
                    return new Reassign(new PeriodAssignment[] {a}, new Slot[] {to});
                }
                PeriodAssignment b = pick.get(random.nextInt(pick.size()));
                return new Reassign(new PeriodAssignment[] {a, b}, new Slot[] {to, a.getSlot()});
            }
        };
    }

    /** Puts each period in its slot (null: unplaced). */
    static final class Reassign extends AbstractMove<PlacementSchedule> {

        private final PeriodAssignment[] entities;
        private final Slot[] to;

        Reassign(PeriodAssignment[] entities, Slot[] to) {
            this.entities = entities;
            this.to = to;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<PlacementSchedule> scoreDirector) {
            boolean changes = false;
            for (int i = 0; i < entities.length; i++) {
                if (to[i] != null && !entities[i].getCandidates().contains(to[i])) {
                    return false;
                }
                changes |= !java.util.Objects.equals(entities[i].getSlot(), to[i]);
            }
            return changes;
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<PlacementSchedule> scoreDirector) {
            for (int i = 0; i < entities.length; i++) {
                scoreDirector.beforeVariableChanged(entities[i], VARIABLE);
                entities[i].setSlot(to[i]);
                scoreDirector.afterVariableChanged(entities[i], VARIABLE);
            }
        }

        @Override
        public Collection<?> getPlanningEntities() {
            return Arrays.asList(entities);
        }

        @Override
        public Collection<?> getPlanningValues() {
            return Arrays.asList(to);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < entities.length; i++) {
                b.append(i == 0 ? "" : ", ").append(entities[i].getId()).append(" -> ").append(to[i]);
            }
            return b.toString();
        }
    }
}
