package dk.sosuhub.placements.internal.plan.bench;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.internal.plan.GreedyPlanner;
import dk.sosuhub.placements.internal.plan.HardRules;
import dk.sosuhub.placements.internal.plan.Placement;
import dk.sosuhub.placements.internal.plan.PlanScore;
import dk.sosuhub.placements.internal.plan.Planner;
import dk.sosuhub.placements.internal.plan.PlanningPeriod;
import dk.sosuhub.placements.internal.plan.PlanningProblem;
import dk.sosuhub.placements.internal.plan.TimefoldPlanner;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planner's benchmark (not part of the normal build: {@code mvn -pl bundles/dk.sosuhub.placements test -Pbench}).
 * An Aarhus-size generated municipality planned by the solver and by the greedy baseline, both checked by the
 * independent {@link HardRules}; 20 small generated municipalities against the proven optimum (ojalgo MIP); a
 * re-plan after one site closes.
 */
class PlacementBenchmark {

    private static final Duration AARHUS_LIMIT = Duration.ofSeconds(Long.getLong("bench.seconds", 45));

    @Test
    void run() {
        PlanningProblem aarhus = GeneratedMunicipality.generate(GeneratedMunicipality.aarhus(), 2026);
        long students = aarhus.periods().stream().map(PlanningPeriod::studentId).distinct().count();
        System.out.printf(Locale.ROOT, "%nAarhus-size municipality: %d students with placement periods in the range, %d sites, "
                        + "%d supervisors, %d placement periods from %s to %s, %d cores%n", students, aarhus.sites().size(),
                aarhus.supervisors().size(), aarhus.periods().size(), GeneratedMunicipality.aarhus().from(),
                GeneratedMunicipality.aarhus().to(), Runtime.getRuntime().availableProcessors());
        Run greedy = run("greedy baseline", new GreedyPlanner(), aarhus);
        Run solver = run("solver (Timefold)", new TimefoldPlanner(AARHUS_LIMIT, Duration.ofSeconds(15)), aarhus);
        System.out.println();
        System.out.println("| planner | periods placed | hard-rule violations | taster-site continuity | first preference | support needs matched | mean travel km | wall time | CPU time (process) | load average (1 min) before, after |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        System.out.println(greedy.row());
        System.out.println(solver.row());

        if (Boolean.getBoolean("bench.aarhusOnly")) {
            return;
        }
        replanAfterClosure(aarhus, solver.plan);
        exactComparison();
    }

    private record Run(String name, PlanningProblem problem, List<Placement> plan, PlanScore score, int violations,
                       long millis, int withPreferences, long cpuMillis, double loadBefore, double loadAfter) {

        String row() {
            long placedWithLocation = plan.stream().filter(Placement::placed).count();
            return String.format(Locale.ROOT, "| %s | %d of %d | %d | %.1f %% | %.1f %% | %.1f %% | %.1f | %.1f s | %.1f s | %.1f, %.1f |", name,
                    score.placed(), plan.size(), violations, pct(score.tasterSite(), score.tasterSitePossible()),
                    pct(score.firstPreference(), withPreferences), pct(score.supportNeedsMatched(), score.supportNeedsPeriods()),
                    placedWithLocation == 0 ? 0.0 : (double) score.travelKm() / placedWithLocation, millis / 1000.0,
                    cpuMillis / 1000.0, loadBefore, loadAfter);
        }
    }

    private static double pct(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }

    /** CPU time of this JVM (every thread: the solver's, the garbage collector's, the JIT compiler's), ms. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Run run(String name, Planner planner, PlanningProblem problem) {
        double loadBefore = load();
        long cpu = cpuMillis();
        long start = System.nanoTime();
        List<Placement> plan = planner.plan(problem);
        long millis = (System.nanoTime() - start) / 1_000_000;
        cpu = cpuMillis() - cpu;
        int violations = HardRules.check(problem, plan).size();
        int withPreferences = (int) plan.stream().filter(p -> !p.period().profile().preferredSiteIds().isEmpty()).count();
        return new Run(name, problem, plan, PlanScore.of(problem, plan, plan), violations, millis, withPreferences, cpu,
                loadBefore, load());
    }

    /** Closes the busiest site and plans again from the solver's plan: who moves? */
    private static void replanAfterClosure(PlanningProblem problem, List<Placement> plan) {
        Map<Long, Long> bySite = plan.stream().filter(Placement::placed)
                .collect(Collectors.groupingBy(Placement::siteId, Collectors.counting()));
        long closed = bySite.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<PlacementSite> sites = problem.sites().stream().map(s -> s.id() == closed
                ? new PlacementSite(s.id(), s.name(), s.type(), s.capacity(), s.capacityChanges(), s.location(), false) : s).toList();
        List<PlanningPeriod> periods = new ArrayList<>();
        Map<String, Placement> before = new HashMap<>();
        for (Placement p : plan) {
            periods.add(p.period().withCurrent(p.siteId(), p.supervisorId(), false));
            before.put(p.period().key(), p);
        }
        PlanningProblem again = new PlanningProblem(sites, problem.supervisors(), periods);
        double loadBefore = load();
        long cpu = cpuMillis();
        long start = System.nanoTime();
        List<Placement> replanned = new TimefoldPlanner(AARHUS_LIMIT, Duration.ofSeconds(15)).plan(again);
        long millis = (System.nanoTime() - start) / 1_000_000;
        cpu = cpuMillis() - cpu;
        int atClosed = 0;
        int atClosedMoved = 0;
        int othersMoved = 0;
        Set<String> mustMove = new java.util.HashSet<>();
        for (Placement p : replanned) {
            Placement old = before.get(p.period().key());
            boolean wasAtClosed = old.placed() && old.siteId() == closed;
            boolean moved = !Objects.equals(old.siteId(), p.siteId());
            if (wasAtClosed) {
                atClosed++;
                atClosedMoved += moved ? 1 : 0;
                mustMove.add(p.period().key());
            } else if (moved) {
                othersMoved++;
            }
        }
        System.out.printf(Locale.ROOT, "%nRe-plan after site %d (the busiest) closes: %d of its %d periods move (or become unplaced); "
                        + "%d periods at other sites move; %d hard-rule violations; placed %d -> %d; %.1f s (CPU %.1f s, load %.1f, %.1f)%n",
                closed, atClosedMoved, atClosed, othersMoved, HardRules.check(again, replanned).size(),
                plan.stream().filter(Placement::placed).count(), replanned.stream().filter(Placement::placed).count(),
                millis / 1000.0, cpu / 1000.0, loadBefore, load());
    }

    /** 20 small municipalities: the solver's placed periods against the proven optimum. */
    private static void exactComparison() {
        System.out.println();
        System.out.println("| instance | periods | optimum placed (MIP) | solver placed | gap | greedy placed | solver violations |");
        System.out.println("|---|---|---|---|---|---|---|");
        int totalOptimum = 0;
        int totalSolver = 0;
        int totalGreedy = 0;
        int proven = 0;
        double worstGap = 0;
        for (int i = 1; i <= 20; i++) {
            PlanningProblem small = GeneratedMunicipality.generate(GeneratedMunicipality.small(24 + i % 5 * 4, 6 + i % 4), 100 + i);
            ExactPlanner.Result exact = new ExactPlanner().solve(small);
            if (!HardRules.check(small, exact.placements()).isEmpty()) {
                throw new AssertionError("the MIP's plan breaks a hard rule: " + HardRules.check(small, exact.placements()));
            }
            List<Placement> plan = new TimefoldPlanner(Duration.ofSeconds(10), Duration.ofSeconds(2)).plan(small);
            int solverPlaced = (int) plan.stream().filter(Placement::placed).count();
            int greedyPlaced = (int) new GreedyPlanner().plan(small).stream().filter(Placement::placed).count();
            String gap = "–";
            if (exact.optimal()) {
                double g = exact.placed() == 0 ? 0 : 100.0 * (exact.placed() - solverPlaced) / exact.placed();
                worstGap = Math.max(worstGap, g);
                gap = String.format(Locale.ROOT, "%.1f %%", g);
                totalOptimum += exact.placed();
                totalSolver += solverPlaced;
                totalGreedy += greedyPlaced;
                proven++;
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %s | %d | %s | %d | %d |%n", i, small.periods().size(),
                    exact.optimal() ? String.valueOf(exact.placed()) : "not proven in " + ExactPlanner.TIME_LIMIT_MS / 1000 + " s",
                    solverPlaced, gap, greedyPlaced, HardRules.check(small, plan).size());
        }
        System.out.printf(Locale.ROOT, "| %d proven | | %d | %d | %.2f %% (worst %.1f %%) | %d | |%n", proven, totalOptimum,
                totalSolver, totalOptimum == 0 ? 0 : 100.0 * (totalOptimum - totalSolver) / totalOptimum, worstGap, totalGreedy);
    }
}
