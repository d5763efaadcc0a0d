package dk.sosuhub.placements.internal.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline a coordinator's spreadsheet gives: each period in date order to the first allowed site (in the
 * sites' order) with room, pinned periods kept. Used to measure the solver against.
 */
public final class GreedyPlanner implements Planner {

    @Override
    public List<Placement> plan(PlanningProblem problem) {
        Occupancy occupancy = new Occupancy(problem);
        List<Placement> result = new ArrayList<>();
        for (PlanningPeriod p : problem.periods()) {
            Placement kept = new Placement(p, p.pinned() ? p.currentSiteId() : null, p.pinned() ? p.currentSupervisorId() : null);
            occupancy.add(kept);
            result.add(kept);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            if (!result.get(i).period().pinned()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> result.get(i).period().start()));
        for (int i : order) {
            PlanningPeriod p = result.get(i).period();
            FinalPass.firstFit(occupancy, p, problem.sites()).ifPresent(f -> {
                occupancy.add(f);
                result.set(i, f);
            });
        }
        return result;
    }
}
