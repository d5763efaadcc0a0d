package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small problems for the planner's tests. */
final class Fixtures {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final GeoPoint FREDERIKSSUND = new GeoPoint(55.8396, 12.0686);

    private Fixtures() {
    }

    static PlacementSite site(long id, SiteType type, int capacity, CapacityChange... changes) {
        return new PlacementSite(id, "Sted " + id, type, capacity, List.of(changes), FREDERIKSSUND, true);
    }

    static PlacementSite siteAt(long id, SiteType type, int capacity, GeoPoint where) {
        return new PlacementSite(id, "Sted " + id, type, capacity, List.of(), where, true);
    }

    static Supervisor supervisor(long id, long siteId, int capacity, String... competences) {
        return new Supervisor(id, siteId, "Vejleder " + id, capacity, List.of(competences), null);
    }

    static PeriodRule rule(int period, Set<SiteType> types, Integer... differentFrom) {
        return new PeriodRule(period, types, List.of(differentFrom));
    }

    static PlanningPeriod period(long student, int period, LocalDate start, int weeks, PeriodRule rule) {
        return period(student, period, start, weeks, rule, null);
    }

    static PlanningPeriod period(long student, int period, LocalDate start, int weeks, PeriodRule rule, PlacementProfile profile) {
        return new PlanningPeriod(student, Programme.SSH, period, start, start.plusWeeks(weeks), rule, profile, null, null, false);
    }

    static PlacementProfile profile(long student, Long taster, List<Long> preferred, GeoPoint home, Integer maxKm, String... needs) {
        return new PlacementProfile(student, taster, preferred, home, maxKm, List.of(needs));
    }

    static Planner planner() {
        return new TimefoldPlanner(java.time.Duration.ofSeconds(5), java.time.Duration.ofMillis(500));
    }
}
