package dk.sosuhub.placements.internal.plan;

/** Where one period is placed: a site and maybe a supervisor; both null when the period is unplaced. */
public record Placement(PlanningPeriod period, Long siteId, Long supervisorId) {

    public boolean placed() {
        return siteId != null;
    }
}
