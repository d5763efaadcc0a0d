package dk.sosuhub.placements.internal.plan.bench;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.placements.internal.plan.Geo;
import dk.sosuhub.placements.internal.plan.Placement;
import dk.sosuhub.placements.internal.plan.PlanningPeriod;
import dk.sosuhub.placements.internal.plan.PlanningProblem;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The proven optimum of placed periods, by integer programming (ojalgo's MIP solver): a binary variable per period
 * and allowed site; at most one per period; per day-segment at most the site's capacity and at most its supervisors'
 * capacities together; per student and site at most one; per differentTypeFrom pair and site type at most one.
 * Maximises the number of placed periods; pinned periods are not part of these instances. Supervisors are then given
 * by interval partitioning (in start order, to a supervisor with room), which succeeds whenever no day exceeds the
 * supervisors' capacities together (interval graphs are perfect), so the site-level model loses nothing.
 */
final class ExactPlanner {

    /** Branch and bound gives up after this long; the result then says it is not proven optimal. */
    static final long TIME_LIMIT_MS = 60_000;

    record Result(int placed, boolean optimal, List<Placement> placements) {
    }

    private record Choice(int period, PlacementSite site, Supervisor supervisor, Variable x) {
    }

    Result solve(PlanningProblem problem) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<PlanningPeriod> periods = problem.periods();
        Map<Long, List<Supervisor>> supervisors = new HashMap<>();
        problem.supervisors().forEach(s -> supervisors.computeIfAbsent(s.siteId(), k -> new ArrayList<>()).add(s));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            PlanningPeriod p = periods.get(i);
            Expression one = model.addExpression("one_" + i).upper(1);
            for (PlacementSite site : problem.sites()) {
                if (!allowed(p, site)) {
                    continue;
                }
                Variable x = model.addVariable("x_" + i + "_" + site.id()).binary().weight(1);
                one.set(x, 1);
                choices.add(new Choice(i, site, null, x));
            }
        }
        TreeSet<LocalDate> bounds = new TreeSet<>();
        periods.forEach(p -> {
            bounds.add(p.start());
            bounds.add(p.end());
        });
        problem.sites().forEach(s -> s.capacityChanges().forEach(c -> {
            bounds.add(c.from());
            bounds.add(c.to().plusDays(1));
        }));
        List<LocalDate> b = new ArrayList<>(bounds);
        for (int k = 0; k + 1 < b.size(); k++) {
            LocalDate from = b.get(k);
            LocalDate to = b.get(k + 1);
            Map<Long, Expression> siteRows = new HashMap<>();
            for (Choice c : choices) {
                PlanningPeriod p = periods.get(c.period());
                if (!p.overlaps(from, to)) {
                    continue;
                }
                List<Supervisor> ofSite = supervisors.getOrDefault(c.site().id(), List.of());
                int capacity = c.site().capacityOn(from);
                if (!ofSite.isEmpty()) {
                    capacity = Math.min(capacity, ofSite.stream().mapToInt(Supervisor::capacity).sum());
                }
                int upper = capacity;
                siteRows.computeIfAbsent(c.site().id(), id -> model.addExpression("site_" + id + "_" + from).upper(upper))
                        .set(c.x(), 1);
            }
        }
        Map<String, Expression> sameSite = new HashMap<>();
        Map<String, Expression> sameType = new HashMap<>();
        for (Choice c : choices) {
            PlanningPeriod p = periods.get(c.period());
            sameSite.computeIfAbsent(p.studentId() + "_" + c.site().id(), key -> model.addExpression("same_" + key).upper(1))
                    .set(c.x(), 1);
            for (Choice d : choices) {
                PlanningPeriod q = periods.get(d.period());
                if (q.studentId() == p.studentId() && p.rule().differentTypeFrom().contains(q.period())
                        && c.site().type() == d.site().type()) {
                    SiteType t = c.site().type();
                    Expression e = sameType.computeIfAbsent(p.studentId() + "_" + p.period() + "_" + q.period() + "_" + t,
                            key -> model.addExpression("type_" + key).upper(1));
                    e.set(c.x(), 1);
                    e.set(d.x(), 1);
                }
            }
        }
        model.options.time_abort = TIME_LIMIT_MS;
        Optimisation.Result result = model.maximise();
        List<Placement> placements = new ArrayList<>();
        Placement[] byPeriod = new Placement[periods.size()];
        int placed = 0;
        for (Choice c : choices) {
            if (result.getState().isFeasible() && result.doubleValue(model.indexOf(c.x())) > 0.5) {
                byPeriod[c.period()] = new Placement(periods.get(c.period()), c.site().id(), c.supervisor() == null ? null : c.supervisor().id());
                placed++;
            }
        }
        for (int i = 0; i < periods.size(); i++) {
            placements.add(byPeriod[i] == null ? new Placement(periods.get(i), null, null) : byPeriod[i]);
        }
        return new Result(placed, result.getState().isOptimal(), withSupervisors(placements, supervisors));
    }

    /** Interval partitioning per site: in start order, each period to a supervisor with room on its first day. */
    private static List<Placement> withSupervisors(List<Placement> placements, Map<Long, List<Supervisor>> supervisors) {
        List<Placement> result = new ArrayList<>(placements);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).placed() && !supervisors.getOrDefault(result.get(i).siteId(), List.of()).isEmpty()) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.comparing(i -> result.get(i).period().start()));
        Map<Long, List<Placement>> bySupervisor = new HashMap<>();
        for (int i : order) {
            Placement p = result.get(i);
            for (Supervisor s : supervisors.get(p.siteId())) {
                long busy = bySupervisor.getOrDefault(s.id(), List.of()).stream()
                        .filter(o -> o.period().end().isAfter(p.period().start())).count();
                if (busy < s.capacity()) {
                    Placement with = new Placement(p.period(), p.siteId(), s.id());
                    bySupervisor.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(with);
                    result.set(i, with);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean allowed(PlanningPeriod p, PlacementSite site) {
        if (Boolean.FALSE.equals(site.active()) || !p.rule().siteTypes().contains(site.type())) {
            return false;
        }
        Double km = Geo.km(p.profile().location(), site.location());
        return km == null || p.profile().maxTravelKm() == null || km <= p.profile().maxTravelKm();
    }
}
