package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dk.sosuhub.placements.internal.plan.Fixtures.MONDAY;
import static dk.sosuhub.placements.internal.plan.Fixtures.period;
import static dk.sosuhub.placements.internal.plan.Fixtures.planner;
import static dk.sosuhub.placements.internal.plan.Fixtures.profile;
import static dk.sosuhub.placements.internal.plan.Fixtures.rule;
import static dk.sosuhub.placements.internal.plan.Fixtures.site;
import static dk.sosuhub.placements.internal.plan.Fixtures.supervisor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each hard rule: the planner keeps it, the unplaced period names it, and the checker catches a plan breaking it. */
class PlannerHardRulesTest {

    private static final Set<SiteType> CARE = Set.of(SiteType.CARE_HOME);

    private static List<Placement> plan(PlanningProblem problem) {
        List<Placement> plan = planner().plan(problem);
        assertEquals(List.of(), HardRules.check(problem, plan), "the planner's plan breaks no hard rule");
        return plan;
    }

    private static long placed(List<Placement> plan) {
        return plan.stream().filter(Placement::placed).count();
    }

    private static Reason unplacedReason(PlanningProblem problem, List<Placement> plan) {
        Placement unplaced = plan.stream().filter(p -> !p.placed()).findFirst().orElseThrow();
        return new Explainer(problem, plan).unplaced(unplaced.period());
    }

    private static List<HardRule> broken(PlanningProblem problem, List<Placement> plan) {
        return HardRules.check(problem, plan).stream().map(Violation::rule).distinct().toList();
    }

    @Test
    void siteCapacityHoldsOnEveryDayAcrossProgrammesAndOverlappingPeriods() {
        PlacementSite site = site(1, SiteType.CARE_HOME, 1);
        PlanningPeriod ssh = period(1, 1, MONDAY, 8, rule(1, CARE));
        PlanningPeriod ssa = new PlanningPeriod(2, dk.sosuhub.core.api.model.Programme.SSA, 1, MONDAY.plusWeeks(7),
                MONDAY.plusWeeks(15), rule(1, CARE), null, null, null, false);
        PlanningProblem problem = new PlanningProblem(List.of(site), List.of(), List.of(ssh, ssa));
        List<Placement> plan = plan(problem);
        assertEquals(1, placed(plan));
        Reason reason = unplacedReason(problem, plan);
        assertEquals("NO_CAPACITY", reason.code());
        assertTrue(reason.text().contains("plejecenter") && reason.text().contains("1 af 1 pladser optaget"), reason.text());

        List<Placement> overbooked = List.of(new Placement(ssh, 1L, null), new Placement(ssa, 1L, null));
        assertEquals(List.of(HardRule.SITE_CAPACITY), broken(problem, overbooked));
    }

    @Test
    void capacityChangesCountDayByDay() {
        PlacementSite closed = site(1, SiteType.CARE_HOME, 3, new CapacityChange(MONDAY.plusWeeks(2), MONDAY.plusWeeks(2), 0));
        PlanningPeriod p = period(1, 1, MONDAY, 4, rule(1, CARE));
        PlanningPeriod before = period(2, 1, MONDAY.minusWeeks(4), 4, rule(1, CARE));
        PlanningProblem problem = new PlanningProblem(List.of(closed), List.of(), List.of(p, before));
        List<Placement> plan = plan(problem);
        assertNull(plan.get(0).siteId(), "closed for a day of the period");
        assertEquals(1L, plan.get(1).siteId(), "the period ending the day before the closure");
        Reason reason = unplacedReason(problem, plan);
        assertEquals("NO_CAPACITY", reason.code());
        assertTrue(reason.text().contains("Sted 1 lukket"), reason.text());
        assertEquals(List.of(HardRule.SITE_CAPACITY), broken(problem, List.of(new Placement(p, 1L, null))));
    }

    @Test
    void supervisorCapacityHolds() {
        PlanningPeriod a = period(1, 1, MONDAY, 8, rule(1, CARE));
        PlanningPeriod b = period(2, 1, MONDAY.plusWeeks(4), 8, rule(1, CARE));
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.CARE_HOME, 5)), List.of(supervisor(10, 1, 1)),
                List.of(a, b));
        List<Placement> plan = plan(problem);
        assertEquals(1, placed(plan));
        assertEquals("NO_SUPERVISOR_CAPACITY", unplacedReason(problem, plan).code());
        assertEquals(List.of(HardRule.SUPERVISOR_CAPACITY), broken(problem,
                List.of(new Placement(a, 1L, 10L), new Placement(b, 1L, 10L))));
    }

    @Test
    void aStudentNeverMeetsTheSameSiteTwice() {
        PlanningPeriod first = period(1, 1, MONDAY, 8, rule(1, CARE));
        PlanningPeriod second = period(1, 2, MONDAY.plusWeeks(16), 8, rule(2, CARE));
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.CARE_HOME, 5)), List.of(), List.of(first, second));
        List<Placement> plan = plan(problem);
        assertEquals(1, placed(plan));
        assertEquals("ALREADY_VISITED", unplacedReason(problem, plan).code());
        assertEquals(List.of(HardRule.SAME_SITE_TWICE), broken(problem,
                List.of(new Placement(first, 1L, null), new Placement(second, 1L, null))));
    }

    @Test
    void differentTypeFromIsKept() {
        Set<SiteType> municipal = SiteType.municipal();
        PlanningPeriod first = period(1, 1, MONDAY, 8, rule(1, municipal));
        PlanningPeriod second = period(1, 2, MONDAY.plusWeeks(16), 8, rule(2, municipal, 1));
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.HOME_CARE, 5), site(2, SiteType.HOME_CARE, 5)),
                List.of(), List.of(first, second));
        List<Placement> plan = plan(problem);
        assertEquals(1, placed(plan));
        assertEquals("DIFFERENT_TYPE", unplacedReason(problem, plan).code());
        assertEquals(List.of(HardRule.DIFFERENT_TYPE), broken(problem,
                List.of(new Placement(first, 1L, null), new Placement(second, 2L, null))));

        PlanningProblem withDayCentre = new PlanningProblem(List.of(site(1, SiteType.HOME_CARE, 5), site(2, SiteType.HOME_CARE, 5),
                site(3, SiteType.DAY_CENTRE, 1)), List.of(), List.of(first, second));
        assertEquals(2, placed(plan(withDayCentre)));
    }

    @Test
    void theProgrammeRuleAllowsTheSiteType() {
        PlanningPeriod psychiatry = period(1, 2, MONDAY, 8, rule(2, Set.of(SiteType.PSYCHIATRY)));
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.CARE_HOME, 5)), List.of(), List.of(psychiatry));
        List<Placement> plan = plan(problem);
        assertEquals(0, placed(plan));
        Reason reason = unplacedReason(problem, plan);
        assertEquals("NO_ALLOWED_SITE", reason.code());
        assertTrue(reason.text().contains("psykiatri"), reason.text());
        assertEquals(List.of(HardRule.SITE_TYPE), broken(problem, List.of(new Placement(psychiatry, 1L, null))));
    }

    @Test
    void maxTravelKmByHaversine() {
        GeoPoint home = new GeoPoint(55.8396, 12.0686);
        PlacementSite roskilde = Fixtures.siteAt(1, SiteType.CARE_HOME, 5, new GeoPoint(55.6415, 12.0803)); // 22 km south
        PlanningPeriod near = period(1, 1, MONDAY, 8, rule(1, CARE), profile(1, null, List.of(), home, 15));
        PlanningPeriod far = period(2, 1, MONDAY, 8, rule(1, CARE), profile(2, null, List.of(), home, 25));
        PlanningProblem problem = new PlanningProblem(List.of(roskilde), List.of(), List.of(near, far));
        List<Placement> plan = plan(problem);
        assertNull(plan.get(0).siteId());
        assertEquals(1L, plan.get(1).siteId());
        Reason reason = unplacedReason(problem, plan);
        assertEquals("TRAVEL", reason.code());
        assertTrue(reason.text().contains("15 km"), reason.text());
        assertEquals(22.0, Geo.km(home, roskilde.location()), 0.5);
        assertEquals(List.of(HardRule.MAX_TRAVEL), broken(problem, List.of(new Placement(near, 1L, null))));
    }

    @Test
    void pinnedPlacementsAreKept() {
        PlanningPeriod pinned = period(1, 1, MONDAY, 8, rule(1, CARE), profile(1, 2L, List.of(2L), null, null))
                .withCurrent(1L, null, true);
        PlanningPeriod other = period(2, 1, MONDAY, 8, rule(1, CARE), profile(2, 1L, List.of(1L), null, null));
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.CARE_HOME, 1), site(2, SiteType.CARE_HOME, 1)),
                List.of(), List.of(pinned, other));
        List<Placement> plan = plan(problem);
        assertEquals(1L, plan.get(0).siteId(), "kept although site 2 is the student's taster site");
        assertEquals(2L, plan.get(1).siteId(), "site 1 is full with the pinned student");
        assertEquals(List.of(HardRule.PINNED), broken(problem, List.of(new Placement(pinned, 2L, null), new Placement(other, 1L, null))));
    }

    @Test
    void aSupervisorWorksAtTheSite() {
        PlanningPeriod p = period(1, 1, MONDAY, 8, rule(1, CARE));
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.CARE_HOME, 5), site(2, SiteType.CARE_HOME, 5)),
                List.of(supervisor(10, 1, 1), supervisor(20, 2, 1)), List.of(p));
        Placement placed = plan(problem).get(0);
        assertTrue(placed.supervisorId() == 10L && placed.siteId() == 1L || placed.supervisorId() == 20L && placed.siteId() == 2L);
        assertEquals(List.of(HardRule.SUPERVISOR_OF_SITE), broken(problem, List.of(new Placement(p, 1L, 20L))));
        assertFalse(broken(problem, List.of(new Placement(p, 1L, null))).isEmpty(), "a site with supervisors gives one");
    }
}
