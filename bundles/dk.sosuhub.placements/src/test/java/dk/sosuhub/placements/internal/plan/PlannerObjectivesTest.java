package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.GeoPoint;
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
import static dk.sosuhub.placements.internal.plan.Fixtures.siteAt;
import static dk.sosuhub.placements.internal.plan.Fixtures.supervisor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The soft objectives in their order, and the reasons given. */
class PlannerObjectivesTest {

    private static final Set<SiteType> CARE = Set.of(SiteType.CARE_HOME);

    @Test
    void placesMorePeriodsThanTheGreedyBaselineWhereOrderMatters() {
        GeoPoint home = new GeoPoint(55.8396, 12.0686);
        // student 1 could go to either site, student 2 only to site 1 (site 2 is too far): greedy gives site 1 to student 1
        PlanningPeriod flexible = period(1, 1, MONDAY, 8, rule(1, CARE));
        PlanningPeriod bound = period(2, 1, MONDAY.plusDays(1), 8, rule(1, CARE), profile(2, null, List.of(), home, 10));
        PlanningProblem problem = new PlanningProblem(List.of(siteAt(1, SiteType.CARE_HOME, 1, home),
                siteAt(2, SiteType.CARE_HOME, 1, new GeoPoint(55.6415, 12.0803))), List.of(), List.of(flexible, bound));
        assertEquals(1, new GreedyPlanner().plan(problem).stream().filter(Placement::placed).count());
        List<Placement> plan = planner().plan(problem);
        assertEquals(2L, plan.get(0).siteId());
        assertEquals(1L, plan.get(1).siteId());
    }

    @Test
    void tasterSiteBeforeSupportBeforePreferenceWithReasons() {
        PlanningPeriod p = period(1, 1, MONDAY, 8, rule(1, CARE), profile(1, 2L, List.of(3L, 1L), null, null, "sprog"));
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.CARE_HOME, 2), site(2, SiteType.CARE_HOME, 2),
                site(3, SiteType.CARE_HOME, 2)), List.of(supervisor(10, 1, 1, "sprog"), supervisor(20, 2, 1), supervisor(30, 3, 1, "sprog")),
                List.of(p));
        List<Placement> plan = planner().plan(problem);
        assertEquals(2L, plan.get(0).siteId(), "the taster site wins over support needs and preferences");
        List<Reason> reasons = new Explainer(problem, plan).reasons(plan.get(0));
        assertEquals("TASTER_SITE", reasons.get(0).code());
        assertEquals("Samme sted som snusepraktikken", reasons.get(0).text());

        PlanningPeriod second = period(1, 2, MONDAY, 8, rule(2, CARE), profile(1, 2L, List.of(3L, 1L, 2L), null, null, "sprog"));
        PlanningProblem noTaster = new PlanningProblem(problem.sites(), problem.supervisors(), List.of(second));
        Placement placed = planner().plan(noTaster).get(0);
        assertEquals(3L, placed.siteId(), "support matched at 1 and 3; 3 is preferred first");
        List<String> codes = new Explainer(noTaster, List.of(placed)).reasons(placed).stream().map(Reason::code).toList();
        assertTrue(codes.containsAll(List.of("PREFERENCE", "SUPPORT_MATCHED")), codes.toString());
        assertEquals("1. prioritet", new Explainer(noTaster, List.of(placed)).reasons(placed).stream()
                .filter(r -> r.code().equals("PREFERENCE")).findFirst().orElseThrow().text());
    }

    @Test
    void rePlanningKeepsWhatStillFits() {
        PlanningPeriod a = period(1, 1, MONDAY, 8, rule(1, CARE)).withCurrent(2L, null, false);
        PlanningPeriod b = period(2, 1, MONDAY, 8, rule(1, CARE)).withCurrent(1L, null, false);
        PlanningProblem problem = new PlanningProblem(List.of(site(1, SiteType.CARE_HOME, 1), site(2, SiteType.CARE_HOME, 1)),
                List.of(), List.of(a, b));
        List<Placement> plan = planner().plan(problem);
        assertEquals(2L, plan.get(0).siteId());
        assertEquals(1L, plan.get(1).siteId());
        List<Reason> reasons = new Explainer(problem, plan).reasons(plan.get(0));
        assertTrue(reasons.stream().anyMatch(r -> r.code().equals("UNCHANGED")), reasons.toString());
    }
}
