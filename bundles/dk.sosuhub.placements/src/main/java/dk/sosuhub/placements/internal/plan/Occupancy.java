package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many students each site and supervisor holds on each day of a plan, kept up to date as placements are
 * added and removed, with the question whether one more period fits. Used to place greedily (the baseline and
 * the solver's final pass) and to explain what is full.
 */
public final class Occupancy {

    private final PlanningProblem problem;
    private final Map<Long, PlacementSite> sites;
    private final Map<Long, Supervisor> supervisors;
    private final Map<Long, List<Supervisor>> supervisorsBySite = new HashMap<>();
    private final LocalDate base;
    private final int days;
    private final Map<Long, int[]> siteLoad = new HashMap<>();
    private final Map<Long, int[]> supervisorLoad = new HashMap<>();
    private final Map<Long, List<Placement>> byStudent = new HashMap<>();

    public Occupancy(PlanningProblem problem) {
        this.problem = problem;
        this.sites = problem.sitesById();
        this.supervisors = problem.supervisorsById();
        problem.supervisors().forEach(s -> supervisorsBySite.computeIfAbsent(s.siteId(), k -> new ArrayList<>()).add(s));
        LocalDate min = LocalDate.MAX;
        LocalDate max = LocalDate.MIN;
        for (PlanningPeriod p : problem.periods()) {
            min = p.start().isBefore(min) ? p.start() : min;
            max = p.end().isAfter(max) ? p.end() : max;
        }
        base = problem.periods().isEmpty() ? LocalDate.now() : min;
        days = problem.periods().isEmpty() ? 0 : (int) (max.toEpochDay() - min.toEpochDay());
    }

    public PlanningProblem problem() {
        return problem;
    }

    public List<Supervisor> supervisorsOf(long siteId) {
        return supervisorsBySite.getOrDefault(siteId, List.of());
    }

    public void add(Placement p) {
        change(p, 1);
        if (p.placed()) {
            byStudent.computeIfAbsent(p.period().studentId(), k -> new ArrayList<>()).add(p);
        }
    }

    public void remove(Placement p) {
        change(p, -1);
        if (p.placed()) {
            byStudent.getOrDefault(p.period().studentId(), new ArrayList<>()).removeIf(o -> o.period().key().equals(p.period().key()));
        }
    }

    private void change(Placement p, int delta) {
        if (!p.placed()) {
            return;
        }
        int from = index(p.period().start());
        int to = index(p.period().end());
        int[] load = siteLoad.computeIfAbsent(p.siteId(), k -> new int[days]);
        for (int d = from; d < to; d++) {
            load[d] += delta;
        }
        if (p.supervisorId() != null) {
            int[] sup = supervisorLoad.computeIfAbsent(p.supervisorId(), k -> new int[days]);
            for (int d = from; d < to; d++) {
                sup[d] += delta;
            }
        }
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - base.toEpochDay());
    }

    /** The student's other placements (not of this period). */
    public List<Placement> placementsOf(PlanningPeriod period) {
        return byStudent.getOrDefault(period.studentId(), List.of()).stream()
                .filter(p -> p.period().period() != period.period()).toList();
    }

    /** The rule the site alone breaks for the period, whatever else is planned: type, travel or capacity 0. */
    public Optional<HardRule> staticRule(PlanningPeriod period, PlacementSite site) {
        if (!period.rule().siteTypes().contains(site.type())) {
            return Optional.of(HardRule.SITE_TYPE);
        }
        Double km = Geo.km(period.profile().location(), site.location());
        if (km != null && period.profile().maxTravelKm() != null && km > period.profile().maxTravelKm()) {
            return Optional.of(HardRule.MAX_TRAVEL);
        }
        for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            if (site.capacityOn(day) <= 0) {
                return Optional.of(HardRule.SITE_CAPACITY);
            }
        }
        return Optional.empty();
    }

    /** The rule that placing the period at the site (with the supervisor) would break now; empty when it fits. */
    public Optional<HardRule> brokenRule(PlanningPeriod period, PlacementSite site, Supervisor supervisor) {
        Optional<HardRule> fixed = staticRule(period, site);
        if (fixed.isPresent()) {
            return fixed;
        }
        Optional<HardRule> student = studentRule(period, site);
        if (student.isPresent()) {
            return student;
        }
        if (!hasRoom(period, site)) {
            return Optional.of(HardRule.SITE_CAPACITY);
        }
        if (supervisor == null ? !supervisorsOf(site.id()).isEmpty() : !supervisor.siteId().equals(site.id())) {
            return Optional.of(HardRule.SUPERVISOR_OF_SITE);
        }
        if (supervisor != null && !hasRoom(period, supervisor)) {
            return Optional.of(HardRule.SUPERVISOR_CAPACITY);
        }
        return Optional.empty();
    }

    /** Same site twice or differentTypeFrom, given the student's other placements. */
    public Optional<HardRule> studentRule(PlanningPeriod period, PlacementSite site) {
        for (Placement other : placementsOf(period)) {
            if (other.siteId().equals(site.id())) {
                return Optional.of(HardRule.SAME_SITE_TWICE);
            }
            PlacementSite otherSite = sites.get(other.siteId());
            boolean related = period.rule().differentTypeFrom().contains(other.period().period())
                    || other.period().rule().differentTypeFrom().contains(period.period());
            if (related && otherSite != null && otherSite.type() == site.type()) {
                return Optional.of(HardRule.DIFFERENT_TYPE);
            }
        }
        return Optional.empty();
    }

    public boolean hasRoom(PlanningPeriod period, PlacementSite site) {
        int[] load = siteLoad.get(site.id());
        int from = index(period.start());
        LocalDate day = period.start();
        for (int d = from; d < index(period.end()); d++, day = day.plusDays(1)) {
            if ((load == null ? 0 : load[d]) + 1 > site.capacityOn(day)) {
                return false;
            }
        }
        return true;
    }

    public boolean hasRoom(PlanningPeriod period, Supervisor supervisor) {
        int[] load = supervisorLoad.get(supervisor.id());
        if (load == null) {
            return supervisor.capacity() >= 1;
        }
        for (int d = index(period.start()); d < index(period.end()); d++) {
            if (load[d] + 1 > supervisor.capacity()) {
                return false;
            }
        }
        return true;
    }

    /** A supervisor of the site with room for the period (the first that covers most support needs); empty if none. */
    public Optional<Supervisor> freeSupervisor(PlanningPeriod period, PlacementSite site) {
        Supervisor best = null;
        int bestMatch = -1;
        for (Supervisor s : supervisorsOf(site.id())) {
            if (hasRoom(period, s)) {
                int match = (int) period.profile().supportNeeds().stream().filter(s.competences()::contains).count();
                if (match > bestMatch) {
                    best = s;
                    bestMatch = match;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most students the site holds on one day of the period, and its capacity that day. */
    public int[] peak(PlanningPeriod period, PlacementSite site) {
        int[] load = siteLoad.get(site.id());
        int bestLoad = -1;
        int bestCapacity = 0;
        LocalDate day = period.start();
        for (int d = index(period.start()); d < index(period.end()); d++, day = day.plusDays(1)) {
            int l = load == null ? 0 : load[d];
            int c = site.capacityOn(day);
            if (bestLoad < 0 || c - l < bestCapacity - bestLoad) {
                bestLoad = l;
                bestCapacity = c;
            }
        }
        return new int[] {Math.max(0, bestLoad), bestCapacity};
    }

    public PlacementSite site(long id) {
        return sites.get(id);
    }

    public Supervisor supervisor(long id) {
        return supervisors.get(id);
    }
}
