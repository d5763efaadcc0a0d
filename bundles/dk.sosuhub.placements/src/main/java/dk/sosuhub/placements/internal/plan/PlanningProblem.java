package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the planner plans: the municipality's sites and supervisors and every placement period that matters,
 * those to plan and the pinned ones that already take capacity.
 */
public record PlanningProblem(List<PlacementSite> sites, List<Supervisor> supervisors, List<PlanningPeriod> periods) {

    public PlanningProblem {
        sites = List.copyOf(sites);
        supervisors = List.copyOf(supervisors);
        periods = List.copyOf(periods);
    }

    public Map<Long, PlacementSite> sitesById() {
        return sites.stream().collect(Collectors.toMap(PlacementSite::id, Function.identity()));
    }

    public Map<Long, Supervisor> supervisorsById() {
        return supervisors.stream().collect(Collectors.toMap(Supervisor::id, Function.identity()));
    }
}
