package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** After the search: any period still unplaced that fits as the plan stands is placed at its best such site. */
final class FinalPass {

    private FinalPass() {
    }

    static List<Placement> placeWhatFits(PlanningProblem problem, List<Placement> placements) {
        Occupancy occupancy = new Occupancy(problem);
        placements.forEach(occupancy::add);
        List<Placement> result = new ArrayList<>(placements);
        List<Integer> unplaced = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            if (!result.get(i).placed() && !result.get(i).period().pinned()) {
                unplaced.add(i);
            }
        }
        unplaced.sort(Comparator.comparing(i -> result.get(i).period().start()));
        for (int i : unplaced) {
            PlanningPeriod p = result.get(i).period();
            Optional<Placement> fit = firstFit(occupancy, p, problem.sites().stream()
                    .sorted(TimefoldPlanner.preferenceOrder(p)).toList());
            fit.ifPresent(f -> {
                occupancy.add(f);
                result.set(i, f);
            });
        }
        return result;
    }

    /** The first of the sites (in the order given) where the period fits now, with a supervisor who has room. */
    static Optional<Placement> firstFit(Occupancy occupancy, PlanningPeriod p, List<PlacementSite> sites) {
        for (PlacementSite site : sites) {
            if (occupancy.staticRule(p, site).isPresent() || occupancy.studentRule(p, site).isPresent()
                    || !occupancy.hasRoom(p, site)) {
                continue;
            }
            if (occupancy.supervisorsOf(site.id()).isEmpty()) {
                return Optional.of(new Placement(p, site.id(), null));
            }
            Optional<Supervisor> supervisor = occupancy.freeSupervisor(p, site);
            if (supervisor.isPresent()) {
                return Optional.of(new Placement(p, site.id(), supervisor.get().id()));
            }
        }
        return Optional.empty();
    }
}
