package dk.sosuhub.placements.internal.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the solver starts: the current placements that still fit, then each other period in date order at the best
 * site (taster site, preferences, distance) where it fits as things stand. The solver then improves on it.
 */
final class WarmStart {

    private WarmStart() {
    }

    static List<Placement> of(PlanningProblem problem) {
        Occupancy occupancy = new Occupancy(problem);
        List<Placement> result = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (PlanningPeriod p : problem.periods()) {
            result.add(new Placement(p, null, null));
        }
        for (int i = 0; i < result.size(); i++) {
            PlanningPeriod p = result.get(i).period();
            if (p.pinned()) {
                Placement kept = new Placement(p, p.currentSiteId(), p.currentSupervisorId());
                occupancy.add(kept);
                result.set(i, kept);
            }
        }
        for (int i = 0; i < result.size(); i++) {
            PlanningPeriod p = result.get(i).period();
            if (p.pinned()) {
                continue;
            }
            if (p.currentSiteId() != null && occupancy.site(p.currentSiteId()) != null) {
                var site = occupancy.site(p.currentSiteId());
                var supervisor = p.currentSupervisorId() == null ? null : occupancy.supervisor(p.currentSupervisorId());
                if (occupancy.brokenRule(p, site, supervisor).isEmpty()) {
                    Placement kept = new Placement(p, p.currentSiteId(), p.currentSupervisorId());
                    occupancy.add(kept);
                    result.set(i, kept);
                    continue;
                }
            }
            open.add(i);
        }
        open.sort(Comparator.comparing(i -> result.get(i).period().start()));
        for (int i : open) {
            PlanningPeriod p = result.get(i).period();
            Optional<Placement> fit = FinalPass.firstFit(occupancy, p, problem.sites().stream()
                    .sorted(TimefoldPlanner.preferenceOrder(p)).toList());
            fit.ifPresent(f -> {
                occupancy.add(f);
                result.set(i, f);
            });
        }
        return result;
    }
}
