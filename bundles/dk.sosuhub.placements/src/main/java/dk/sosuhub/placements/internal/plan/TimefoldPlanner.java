package dk.sosuhub.placements.internal.plan;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planner: Timefold Solver on {@link PlacementSchedule} scored by {@link PlacementScoreCalculator} (the
 * incremental form of {@link PlacementConstraints}), started from {@link WarmStart} (local search; the warm start is
 * the construction), followed by a pass that places any period still unplaced that fits as things are.
 * Timefold is embedded in this bundle and loads the domain classes through the bundle's class loader.
 */
public final class TimefoldPlanner implements Planner {

    private static final Logger LOG = LoggerFactory.getLogger(TimefoldPlanner.class);

    /**
     * Simulated annealing's starting temperature per score level: hard, then placed, moves, taster site, support
     * needs, preferences, travel km (a worse move is taken with the chance e^(-loss/temperature) per level).
     */
    private static final String TEMPERATURE = "[0]hard/[0/0/1/1/2/5]soft";

    /**
     * The first part of the search (this share of the time) is hotter on the lower levels, so that it moves freely
     * between plans with as many periods placed and finds where one more fits: with the cold temperature alone the
     * lower levels held the search, and small instances ended a period short of the optimum (one of the 20 of the
     * exact comparison, every time).
     */
    private static final double WARM_UP_SHARE = 0.3;
    private static final String WARM_UP_TEMPERATURE = "[0]hard/[0/0/10/10/50/200]soft";

    /**
     * How often the search tries one of {@link WishMoves} against one of Timefold's random change moves (or swaps):
     * more costs the moves that place periods their time (weight 1 placed a few periods fewer in trials), fewer
     * gives fewer taster sites and support needs.
     */
    private static final double WISH_MOVES_WEIGHT = 0.3;

    private final Duration spentLimit;
    private final Duration unimprovedLimit;
    private final boolean assertScore;

    /**
     * @param spentLimit      the longest the solver searches
     * @param unimprovedLimit the solver stops earlier when the best plan has not improved for this long
     */
    public TimefoldPlanner(Duration spentLimit, Duration unimprovedLimit) {
        this(spentLimit, unimprovedLimit, false);
    }

    /** With {@code assertScore}: the incremental score is checked against the constraint streams (tests). */
    TimefoldPlanner(Duration spentLimit, Duration unimprovedLimit, boolean assertScore) {
        this.spentLimit = spentLimit;
        this.unimprovedLimit = unimprovedLimit;
        this.assertScore = assertScore;
    }

    /**
     * One search from the warm start for the whole time, then the final pass. (There were two searches of half the
     * time each, the second over the periods the first placed, to give the lower levels their share of the time;
     * with simulated annealing the first no longer throws away the lower levels, and one search does better on
     * every level.)
     */
    @Override
    public List<Placement> plan(PlanningProblem problem) {
        return FinalPass.placeWhatFits(problem, search(problem, WarmStart.of(problem)));
    }

    /** One Timefold search from the start given (one placement per period of the problem, in its order). */
    private List<Placement> search(PlanningProblem problem, List<Placement> startFrom) {
        Model model = new Model(problem, startFrom);
        List<PeriodAssignment> solved = model.assignments;
        if (model.assignments.stream().anyMatch(a -> !a.isPinned())) {
            SolverConfig config = config(spentLimit, unimprovedLimit, assertScore);
            SolverFactory<PlacementSchedule> factory = SolverFactory.create(config);
            Solver<PlacementSchedule> solver = factory.buildSolver();
            PlacementSchedule schedule = new PlacementSchedule(model.assignments, model.segments);
            if (LOG.isDebugEnabled()) {
                LOG.debug("search of {} periods starts at {}", schedule.getAssignments().size(),
                        SolutionManager.create(factory).update(schedule));
            }
            long started = System.nanoTime();
            PlacementSchedule best = solver.solve(schedule);
            if (LOG.isDebugEnabled() && solver instanceof DefaultSolver<PlacementSchedule> d) {
                LOG.debug("search ends at {} after {} ms, {} moves evaluated ({}/s)", best.getScore(),
                        (System.nanoTime() - started) / 1_000_000, d.getMoveEvaluationCount(), d.getMoveEvaluationSpeed());
            }
            solved = best.getAssignments();
        }
        Map<PlanningPeriod, Placement> result = new IdentityHashMap<>();
        for (PeriodAssignment a : solved) {
            Slot s = a.getSlot();
            result.put(a.getPeriod(), new Placement(a.getPeriod(), s == null ? null : s.siteId(), s == null ? null : s.supervisorId()));
        }
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < problem.periods().size(); i++) {
            PlanningPeriod p = problem.periods().get(i);
            Placement fallback = p.pinned() ? new Placement(p, p.currentSiteId(), p.currentSupervisorId()) : startFrom.get(i);
            placements.add(result.getOrDefault(p, fallback));
        }
        return placements;
    }

    /**
     * One search: local search from the start given (the warm start is the construction: what it left unplaced fits
     * nowhere as things stand, so a construction heuristic would only try every candidate of those periods in vain),
     * scored incrementally by {@link PlacementScoreCalculator}. Simulated annealing with a temperature per score
     * level: a move that makes the plan worse is taken now and then to get out of a local optimum, but never one that
     * breaks a hard rule, unplaces a period or moves a period already planned, and one that loses a taster site or a
     * matched support need far less often than one that costs a preference or a few km; the temperature falls to 0
     * as the time runs out (or as the time without improvement does). Late acceptance, Timefold's default, compares
     * with the score of 400 steps before on every level at once, so each period placed let the next 400 steps
     * throw away taster sites, support needs and preferences at will. Two phases: a warm-up hotter on the lower
     * levels, then the cold one. Moves: Timefold's random change and swap moves and {@link WishMoves}.
     *
     * @param assertScore check the incremental score against {@link PlacementConstraints} after every move (slow;
     *                    the tests)
     */
    static SolverConfig config(Duration spent, Duration unimproved, boolean assertScore) {
        ScoreDirectorFactoryConfig score = new ScoreDirectorFactoryConfig()
                .withIncrementalScoreCalculatorClass(PlacementScoreCalculator.class);
        if (assertScore) {
            score.withAssertionScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                    .withConstraintProviderClass(PlacementConstraints.class));
        }
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(WishMoves.class)
                        .withFixedProbabilityWeight(WISH_MOVES_WEIGHT)));
        List<PhaseConfig> phases = List.of(
                annealing(moves.copyConfig(), WARM_UP_TEMPERATURE).withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofMillis((long) (spent.toMillis() * WARM_UP_SHARE)))
                        .withUnimprovedSpentLimit(unimproved)),
                // no improvement for a while ends the cold phase only: a limit on the whole solve could also end it in
                // the warm-up, before the cold phase has settled the lower levels
                annealing(moves, TEMPERATURE).withTerminationConfig(new TerminationConfig()
                        .withUnimprovedSpentLimit(unimproved)));
        return new SolverConfig()
                .withClassLoader(PlacementSchedule.class.getClassLoader())
                .withSolutionClass(PlacementSchedule.class)
                .withEntityClasses(PeriodAssignment.class)
                .withScoreDirectorFactory(score)
                .withEnvironmentMode(assertScore ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
                .withPhaseList(phases)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(spent));
    }

    private static LocalSearchPhaseConfig annealing(UnionMoveSelectorConfig moves, String temperature) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.SIMULATED_ANNEALING))
                        .withSimulatedAnnealingStartingTemperature(temperature))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /** The solver's view of a problem: time segments, slots, and one planning entity per period. */
    static final class Model {

        final List<TimeSegment> segments = new ArrayList<>();
        final Map<Long, List<Slot>> slotsBySite = new HashMap<>();
        final List<PeriodAssignment> assignments = new ArrayList<>();

        Model(PlanningProblem problem, List<Placement> start) {
            TreeSet<LocalDate> bounds = new TreeSet<>();
            for (PlanningPeriod p : problem.periods()) {
                bounds.add(p.start());
                bounds.add(p.end());
            }
            for (PlacementSite site : problem.sites()) {
                site.capacityChanges().forEach(c -> {
                    bounds.add(c.from());
                    bounds.add(c.to().plusDays(1));
                });
            }
            LocalDate previous = null;
            for (LocalDate b : bounds) {
                if (previous != null) {
                    segments.add(new TimeSegment(segments.size(), previous, b));
                }
                previous = b;
            }
            Map<Long, List<Supervisor>> supervisors = new HashMap<>();
            problem.supervisors().forEach(s -> supervisors.computeIfAbsent(s.siteId(), k -> new ArrayList<>()).add(s));
            long slotId = 0;
            for (PlacementSite site : problem.sites()) {
                int[] capacity = new int[segments.size()];
                for (TimeSegment segment : segments) {
                    capacity[segment.index()] = site.capacityOn(segment.start());
                }
                SiteCapacity siteCapacity = new SiteCapacity(site.id(), capacity);
                List<Slot> slots = new ArrayList<>();
                List<Supervisor> ofSite = supervisors.getOrDefault(site.id(), List.of());
                if (ofSite.isEmpty()) {
                    slots.add(new Slot(slotId++, site, null, siteCapacity, Set.of()));
                }
                for (Supervisor s : ofSite) {
                    slots.add(new Slot(slotId++, site, s, siteCapacity, Set.copyOf(s.competences())));
                }
                slotsBySite.put(site.id(), slots);
            }
            Map<LocalDate, Integer> segmentStarting = new HashMap<>();
            segments.forEach(s -> segmentStarting.put(s.start(), s.index()));
            segmentStarting.put(bounds.isEmpty() ? LocalDate.MIN : bounds.last(), segments.size());
            Occupancy rules = new Occupancy(problem);
            int id = 0;
            for (int i = 0; i < problem.periods().size(); i++) {
                PlanningPeriod p = problem.periods().get(i);
                Slot current = currentSlot(p);
                Slot initial = slot(start.get(i).siteId(), start.get(i).supervisorId());
                if (p.pinned()) {
                    if (current != null) {
                        PeriodAssignment pinned = new PeriodAssignment(id++, p, List.of(current), current, true, Map.of());
                        pinned.segments(segmentStarting.get(p.start()), segmentStarting.get(p.end()));
                        assignments.add(pinned);
                    }
                    continue;
                }
                List<Slot> candidates = new ArrayList<>();
                Map<Long, Integer> travel = new HashMap<>();
                for (PlacementSite site : problem.sites()) {
                    if (rules.staticRule(p, site).isEmpty()) {
                        candidates.addAll(slotsBySite.get(site.id()));
                        Double km = Geo.km(p.profile().location(), site.location());
                        if (km != null) {
                            travel.put(site.id(), (int) Math.round(km));
                        }
                    }
                }
                PeriodAssignment a = new PeriodAssignment(id++, p, candidates, candidates.contains(initial) ? initial : null,
                        false, travel);
                a.segments(segmentStarting.get(p.start()), segmentStarting.get(p.end()));
                assignments.add(a);
            }
        }

        private Slot currentSlot(PlanningPeriod p) {
            return slot(p.currentSiteId(), p.currentSupervisorId());
        }

        private Slot slot(Long siteId, Long supervisorId) {
            if (siteId == null) {
                return null;
            }
            return slotsBySite.getOrDefault(siteId, List.of()).stream()
                    .filter(s -> Objects.equals(s.supervisorId(), supervisorId))
                    .findFirst().orElse(null);
        }
    }

    /** Orders candidate sites for a period: the taster site for period 1, then preferences, then the rest. */
    static Comparator<PlacementSite> preferenceOrder(PlanningPeriod p) {
        Long taster = p.period() == 1 ? p.profile().tasterSiteId() : null;
        List<Long> preferred = p.profile().preferredSiteIds();
        return Comparator.<PlacementSite>comparingInt(s -> s.id().equals(taster) ? 0 : 1)
                .thenComparingInt(s -> preferred.contains(s.id()) ? preferred.indexOf(s.id()) : Integer.MAX_VALUE)
                .thenComparingDouble(s -> {
                    Double km = Geo.km(p.profile().location(), s.location());
                    return km == null ? 0 : km;
                })
                .thenComparingLong(PlacementSite::id);
    }
}
