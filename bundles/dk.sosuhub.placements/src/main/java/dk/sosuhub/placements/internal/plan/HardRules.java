package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a plan against every hard rule, day by day, independently of how the plan was made: the solver's
 * results, the greedy baseline's and a coordinator's own choices are all checked here.
 */
public final class HardRules {

    private HardRules() {
    }

    /** Every rule broken by the placements (each placement of the problem's periods, pinned ones included). */
    public static List<Violation> check(PlanningProblem problem, List<Placement> placements) {
        Map<Long, PlacementSite> sites = problem.sitesById();
        Map<Long, Supervisor> supervisors = problem.supervisorsById();
        Map<Long, Integer> supervisorsPerSite = new HashMap<>();
        problem.supervisors().forEach(s -> supervisorsPerSite.merge(s.siteId(), 1, Integer::sum));
        List<Violation> violations = new ArrayList<>();
        Map<Long, Map<LocalDate, Integer>> siteLoad = new HashMap<>();
        Map<Long, Map<LocalDate, Integer>> supervisorLoad = new HashMap<>();
        Map<Long, List<Placement>> byStudent = new HashMap<>();
        for (Placement p : placements) {
            PlanningPeriod period = p.period();
            if (period.pinned() && period.currentSiteId() != null
                    && (!Objects.equals(period.currentSiteId(), p.siteId()) || !Objects.equals(period.currentSupervisorId(), p.supervisorId()))) {
                violations.add(violation(HardRule.PINNED, p, "the pinned placement at site " + period.currentSiteId() + " was not kept"));
            }
            if (!p.placed()) {
                continue;
            }
            PlacementSite site = sites.get(p.siteId());
            if (site == null) {
                violations.add(violation(HardRule.UNKNOWN_SITE, p, "no placement site " + p.siteId()));
                continue;
            }
            byStudent.computeIfAbsent(period.studentId(), k -> new ArrayList<>()).add(p);
            if (!period.rule().siteTypes().contains(site.type())) {
                violations.add(violation(HardRule.SITE_TYPE, p, "placement period " + period.period() + " of " + period.programme()
                        + " allows site types " + period.rule().siteTypes() + ", not " + site.type()));
            }
            Double km = Geo.km(period.profile().location(), site.location());
            Integer max = period.profile().maxTravelKm();
            if (km != null && max != null && km > max) {
                violations.add(violation(HardRule.MAX_TRAVEL, p, String.format(java.util.Locale.ROOT,
                        "site %s is %.1f km from the student's home; the student travels at most %d km", site.name(), km, max)));
            }
            if (p.supervisorId() != null) {
                Supervisor supervisor = supervisors.get(p.supervisorId());
                if (supervisor == null || !supervisor.siteId().equals(site.id())) {
                    violations.add(violation(HardRule.SUPERVISOR_OF_SITE, p, "supervisor " + p.supervisorId()
                            + " does not work at site " + site.id()));
                } else {
                    count(supervisorLoad, supervisor.id(), period);
                }
            } else if (supervisorsPerSite.getOrDefault(site.id(), 0) > 0) {
                violations.add(violation(HardRule.SUPERVISOR_OF_SITE, p, "site " + site.id() + " has supervisors; give the student one"));
            }
            count(siteLoad, site.id(), period);
        }
        for (Placement p : placements) {
            if (!p.placed() || !sites.containsKey(p.siteId())) {
                continue;
            }
            PlacementSite site = sites.get(p.siteId());
            for (LocalDate day = p.period().start(); day.isBefore(p.period().end()); day = day.plusDays(1)) {
                int load = siteLoad.get(site.id()).get(day);
                int capacity = site.capacityOn(day);
                if (load > capacity) {
                    violations.add(violation(HardRule.SITE_CAPACITY, p, "site " + site.name() + " would hold " + load
                            + " students on " + day + "; its capacity that day is " + capacity));
                    break;
                }
            }
            Supervisor supervisor = p.supervisorId() == null ? null : supervisors.get(p.supervisorId());
            if (supervisor != null && supervisor.siteId().equals(site.id())) {
                for (LocalDate day = p.period().start(); day.isBefore(p.period().end()); day = day.plusDays(1)) {
                    int load = supervisorLoad.get(supervisor.id()).get(day);
                    if (load > supervisor.capacity()) {
                        violations.add(violation(HardRule.SUPERVISOR_CAPACITY, p, "supervisor " + supervisor.name() + " would have "
                                + load + " students on " + day + "; their capacity is " + supervisor.capacity()));
                        break;
                    }
                }
            }
        }
        byStudent.values().forEach(list -> studentRules(list, sites, violations));
        return violations;
    }

    /** The rules the placement of one period breaks, given every other placement (which replace nothing of it). */
    public static List<Violation> check(PlanningProblem problem, List<Placement> others, Placement candidate) {
        List<Placement> all = new ArrayList<>();
        for (Placement p : others) {
            if (!p.period().key().equals(candidate.period().key())) {
                all.add(p);
            }
        }
        all.add(candidate);
        return check(problem, all).stream()
                .filter(v -> v.studentId() == candidate.period().studentId() && v.period() == candidate.period().period())
                .toList();
    }

    private static void studentRules(List<Placement> placements, Map<Long, PlacementSite> sites, List<Violation> violations) {
        Set<Long> seen = new HashSet<>();
        List<Placement> ordered = new ArrayList<>(placements);
        ordered.sort((a, b) -> Integer.compare(a.period().period(), b.period().period()));
        Map<Integer, PlacementSite> byPeriod = new HashMap<>();
        for (Placement p : ordered) {
            byPeriod.put(p.period().period(), sites.get(p.siteId()));
        }
        for (Placement p : ordered) {
            if (!seen.add(p.siteId())) {
                violations.add(violation(HardRule.SAME_SITE_TWICE, p, "the student has already been placed at site "
                        + sites.get(p.siteId()).name()));
            }
            PlacementSite site = sites.get(p.siteId());
            for (Integer other : p.period().rule().differentTypeFrom()) {
                PlacementSite earlier = byPeriod.get(other);
                if (earlier != null && earlier.type() == site.type()) {
                    violations.add(violation(HardRule.DIFFERENT_TYPE, p, "placement period " + p.period().period()
                            + " must be at another site type than period " + other + " (" + earlier.type() + ")"));
                }
            }
        }
    }

    private static void count(Map<Long, Map<LocalDate, Integer>> load, long id, PlanningPeriod period) {
        Map<LocalDate, Integer> days = load.computeIfAbsent(id, k -> new HashMap<>());
        for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            days.merge(day, 1, Integer::sum);
        }
    }

    private static Violation violation(HardRule rule, Placement p, String message) {
        return new Violation(rule, p.period().studentId(), p.period().period(), message);
    }
}
