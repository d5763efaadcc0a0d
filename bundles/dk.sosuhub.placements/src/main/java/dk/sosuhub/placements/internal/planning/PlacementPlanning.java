package dk.sosuhub.placements.internal.planning;

import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementPlanner;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.placements.internal.data.PlanStore;
import dk.sosuhub.placements.internal.data.PlanStore.ProposalItem;
import dk.sosuhub.placements.internal.data.PlanStore.StoredAssignment;
import dk.sosuhub.placements.internal.data.PlanStore.StoredProposal;
import dk.sosuhub.placements.internal.plan.Explainer;
import dk.sosuhub.placements.internal.plan.HardRule;
import dk.sosuhub.placements.internal.plan.HardRules;
import dk.sosuhub.placements.internal.plan.Occupancy;
import dk.sosuhub.placements.internal.plan.Placement;
import dk.sosuhub.placements.internal.plan.PlanScore;
import dk.sosuhub.placements.internal.plan.Planner;
import dk.sosuhub.placements.internal.plan.PlanningPeriod;
import dk.sosuhub.placements.internal.plan.PlanningProblem;
import dk.sosuhub.placements.internal.plan.Reason;
import dk.sosuhub.placements.internal.plan.TimefoldPlanner;
import dk.sosuhub.placements.internal.plan.Violation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The placement plan of a municipality: proposals made by the planner, accepted into the module's tables and
 * written into the students' plans in core (site name and supervisor username of each placement period); a
 * coordinator's own placements checked against the hard rules; what is planned and how full the sites are.
 */
@Component(service = {PlacementPlanning.class, PlacementPlanner.class})
public class PlacementPlanning implements PlacementPlanner {

    /** The longest range one proposal plans. */
    static final int MAX_RANGE_YEARS = 4;

    @Reference
    private PlacementService placements;

    @Reference
    private StudentService students;

    @Reference
    private LifecycleService lifecycle;

    @Reference
    private PlanStore store;

    private final Planner planner = new TimefoldPlanner(Duration.ofSeconds(30), Duration.ofSeconds(2));

    private PlanningInputs inputs(String municipality, LocalDate from, LocalDate to) {
        return PlanningInputs.load(placements, students, lifecycle, store, municipality, from, to);
    }

    // --- proposals

    /** Plans every placement period starting from {@code from} to {@code to} (both included); applies nothing. */
    public Views.Proposal propose(String municipality, LocalDate from, LocalDate to, Caller caller) {
        Validator v = new Validator().requirePresent(from, "from").requirePresent(to, "to");
        if (from != null && to != null) {
            v.require(!to.isBefore(from), "to", "must not be before from");
            v.require(ChronoUnit.YEARS.between(from, to) < MAX_RANGE_YEARS, "to", "plan at most " + MAX_RANGE_YEARS + " years at once");
        }
        v.throwIfInvalid();
        PlanningInputs in = inputs(municipality, from, to);
        List<Placement> plan = planner.plan(in.problem);
        Explainer explainer = new Explainer(in.problem, plan);
        List<ProposalItem> items = new ArrayList<>();
        List<Placement> counted = new ArrayList<>();
        int changes = 0;
        for (Placement p : plan) {
            PlanningPeriod period = p.period();
            boolean inRange = !period.start().isBefore(from) && !period.start().isAfter(to);
            if (!inRange) {
                continue;
            }
            counted.add(p);
            if (!Objects.equals(period.currentSiteId(), p.siteId())) {
                changes++;
            }
            List<Reason> reasons = p.placed() ? explainer.reasons(p) : List.of(explainer.unplaced(period));
            items.add(new ProposalItem(period.studentId(), period.period(), period.start(), period.end(), p.siteId(),
                    p.supervisorId(), period.currentSiteId(), period.pinned(), reasons));
        }
        PlanScore score = PlanScore.of(in.problem, plan, counted);
        long id = store.saveProposal(municipality, from, to, caller == null ? null : caller.username(), in.fingerprint, changes,
                score.encode(), items);
        return proposal(municipality, id);
    }

    @Override
    public long propose(String municipality, LocalDate from, LocalDate to) {
        return propose(municipality, from, to, null).id();
    }

    @Override
    public void accept(String municipality, long proposalId) {
        acceptProposal(municipality, proposalId);
    }

    @Override
    public int placedPeriods(String municipality) {
        return store.assignments(municipality).size();
    }

    public Views.Proposal proposal(String municipality, long id) {
        StoredProposal p = store.proposal(municipality, id);
        Names names = names(municipality);
        List<Views.Assignment> assignments = new ArrayList<>();
        List<Views.Unplaced> unplaced = new ArrayList<>();
        for (ProposalItem i : p.items()) {
            if (i.siteId() == null) {
                unplaced.add(new Views.Unplaced(i.studentId(), names.student(i.studentId()), i.period(), i.start(), i.end(),
                        i.previousSiteId(), i.reasons().get(0)));
            } else {
                String change = i.previousSiteId() == null ? "NEW" : i.previousSiteId().equals(i.siteId()) ? "UNCHANGED" : "MOVED";
                assignments.add(new Views.Assignment(i.studentId(), names.student(i.studentId()), i.period(), i.start(), i.end(),
                        i.siteId(), names.site(i.siteId()), i.supervisorId(), names.supervisor(i.supervisorId()), i.pinned(),
                        change, i.previousSiteId(), i.reasons()));
            }
        }
        return new Views.Proposal(p.id(), p.from(), p.to(), p.acceptedAt() != null, assignments, unplaced,
                PlanScore.decode(p.score()).asMap(), p.changes());
    }

    /**
     * Applies the proposal: its periods get their sites in the module's plan and in the students' plans.
     *
     * @throws ConflictException when it was accepted before, or anything it was made from has changed since
     */
    public synchronized Views.Proposal acceptProposal(String municipality, long id) {
        StoredProposal p = store.proposal(municipality, id);
        if (p.acceptedAt() != null) {
            throw new ConflictException("Placement proposal " + id + " has already been accepted");
        }
        PlanningInputs now = inputs(municipality, p.from(), p.to());
        if (!now.fingerprint.equals(p.fingerprint())) {
            throw new ConflictException("Placement proposal " + id + " is stale: sites, supervisors, rules, profiles, students' plans"
                    + " or placements have changed since it was made; make a new proposal");
        }
        store.apply(municipality, p);
        Set<Long> affected = p.items().stream().filter(i -> !i.pinned()).map(ProposalItem::studentId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        writeStudentPlans(municipality, affected);
        return proposal(municipality, id);
    }

    // --- a coordinator's own choice

    /**
     * Places one placement period of a student at a site (and supervisor; one with room is chosen when none is
     * given and the site has supervisors), checked against every hard rule given the rest of the plan.
     *
     * @throws NotFoundException   unless the student is the municipality's and has that placement period
     * @throws ValidationException naming the rule broken ({@code siteId} or {@code supervisorId}: {@code RULE: why})
     */
    public synchronized Views.Placement setPlacement(String municipality, long studentId, int period, Long siteId, Long supervisorId, Boolean pinned) {
        Student student = students.get(municipality, studentId);
        StudyPeriod studyPeriod = lifecycle.plan(municipality, studentId).stream()
                .filter(p -> p.kind() == PeriodKind.PLACEMENT && p.number() == period).findFirst()
                .orElseThrow(() -> new NotFoundException("Student " + studentId + " has no placement period " + period));
        Validator v = new Validator();
        v.requirePresent(siteId, "siteId");
        Map<Long, PlacementSite> sites = new HashMap<>();
        placements.sites(municipality).forEach(s -> sites.put(s.id(), s));
        v.require(siteId == null || sites.containsKey(siteId), "siteId", "no placement site " + siteId + " in municipality " + municipality);
        List<Supervisor> supervisors = placements.allSupervisors(municipality);
        v.require(supervisorId == null || supervisors.stream().anyMatch(s -> s.id().equals(supervisorId)), "supervisorId",
                "no supervisor " + supervisorId + " in municipality " + municipality);
        PeriodRule rule = placements.rules(municipality).getOrDefault(student.programme(), List.of()).stream()
                .filter(r -> r.period() == period).findFirst().orElse(null);
        v.require(rule != null, "period", "the rules of " + student.programme() + " have no placement period " + period);
        v.throwIfInvalid();

        PlanningInputs in = inputs(municipality, null, null);
        PlacementProfile profile = store.profiles(municipality).get(studentId);
        PlanningPeriod target = new PlanningPeriod(studentId, student.programme(), period, studyPeriod.startDate(),
                studyPeriod.endDate(), rule, profile, null, null, false);
        List<PlanningPeriod> periods = new ArrayList<>(in.problem.periods().stream().filter(p -> !p.key().equals(target.key())).toList());
        periods.add(target);
        PlanningProblem problem = new PlanningProblem(in.problem.sites(), in.problem.supervisors(), periods);
        List<Placement> others = periods.stream().filter(p -> p != target)
                .map(p -> new Placement(p, p.currentSiteId(), p.currentSupervisorId())).toList();
        Long chosenSupervisor = supervisorId;
        if (chosenSupervisor == null) {
            Occupancy occupancy = new Occupancy(problem);
            others.forEach(occupancy::add);
            chosenSupervisor = occupancy.freeSupervisor(target, sites.get(siteId)).map(Supervisor::id).orElse(null);
        }
        List<Violation> broken = HardRules.check(problem, others, new Placement(target, siteId, chosenSupervisor));
        if (!broken.isEmpty()) {
            throw new ValidationException(broken.stream().map(b -> new ValidationException.FieldError(
                    b.rule() == HardRule.SUPERVISOR_CAPACITY || b.rule() == HardRule.SUPERVISOR_OF_SITE ? "supervisorId" : "siteId",
                    b.rule() + ": " + b.message())).toList());
        }
        store.put(municipality, new StoredAssignment(studentId, period, studyPeriod.startDate(), studyPeriod.endDate(), siteId,
                chosenSupervisor, pinned == null || pinned));
        writeStudentPlans(municipality, Set.of(studentId));
        return placementsOf(municipality, null, null, null).stream()
                .filter(p -> p.studentId() == studentId && p.period() == period).findFirst().orElseThrow();
    }

    // --- what is planned

    /**
     * The placed periods overlapping {@code from}–{@code to} (either may be null). A student sees only their own;
     * a supervisor (without staff roles) only the students of the sites they supervise at.
     */
    public List<Views.Placement> placementsOf(String municipality, LocalDate from, LocalDate to, Caller caller) {
        Names names = names(municipality);
        Set<Long> supervisedSites = null;
        Long ownStudent = null;
        boolean staff = caller == null || caller.has(Role.PLATFORM_ADMIN) || caller.has(Role.MUNICIPALITY_ADMIN)
                || caller.has(Role.EDUCATION_TEAM) || caller.has(Role.INTEGRATOR);
        if (!staff && caller.has(Role.SUPERVISOR)) {
            supervisedSites = names.supervisors.values().stream()
                    .filter(s -> caller.username().equals(s.username())).map(Supervisor::siteId).collect(Collectors.toSet());
        } else if (!staff) {
            ownStudent = caller.studentId() == null ? -1L : caller.studentId();
        }
        List<Views.Placement> result = new ArrayList<>();
        for (StoredAssignment a : store.assignments(municipality)) {
            if (from != null && !a.end().isAfter(from) || to != null && a.start().isAfter(to)) {
                continue;
            }
            if (supervisedSites != null && !supervisedSites.contains(a.siteId()) || ownStudent != null && ownStudent != a.studentId()) {
                continue;
            }
            result.add(new Views.Placement(a.studentId(), names.student(a.studentId()), a.period(), a.start(), a.end(), a.siteId(),
                    names.site(a.siteId()), a.supervisorId(), names.supervisor(a.supervisorId()), a.pinned()));
        }
        return result;
    }

    /** Per site and ISO week from {@code from} to {@code to}: the least capacity of a day and the most students booked. */
    public List<Views.SiteCapacity> capacity(String municipality, LocalDate from, LocalDate to) {
        Validator v = new Validator().requirePresent(from, "from").requirePresent(to, "to");
        if (from != null && to != null) {
            v.require(!to.isBefore(from), "to", "must not be before from");
            v.require(ChronoUnit.YEARS.between(from, to) < MAX_RANGE_YEARS, "to", "at most " + MAX_RANGE_YEARS + " years at once");
        }
        v.throwIfInvalid();
        List<StoredAssignment> assignments = store.assignments(municipality);
        LocalDate monday = from.minusDays(from.getDayOfWeek().getValue() - 1L);
        List<Views.SiteCapacity> result = new ArrayList<>();
        for (PlacementSite site : placements.sites(municipality)) {
            List<StoredAssignment> here = assignments.stream().filter(a -> a.siteId() == site.id()).toList();
            List<Views.Week> weeks = new ArrayList<>();
            for (LocalDate week = monday; !week.isAfter(to); week = week.plusWeeks(1)) {
                int capacity = Integer.MAX_VALUE;
                int booked = 0;
                for (LocalDate day = week; day.isBefore(week.plusWeeks(1)); day = day.plusDays(1)) {
                    capacity = Math.min(capacity, site.capacityOn(day));
                    LocalDate d = day;
                    booked = Math.max(booked, (int) here.stream().filter(a -> !d.isBefore(a.start()) && d.isBefore(a.end())).count());
                }
                weeks.add(new Views.Week(isoWeek(week), week, capacity, booked));
            }
            result.add(new Views.SiteCapacity(site.id(), site.name(), site.type().name(), !Boolean.FALSE.equals(site.active()), weeks));
        }
        return result;
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    // --- core's plans

    /** Writes the site name and supervisor username of each placement period into the students' plans in core. */
    private void writeStudentPlans(String municipality, Set<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return;
        }
        Names names = names(municipality);
        Map<String, StoredAssignment> assigned = new HashMap<>();
        store.assignments(municipality).forEach(a -> assigned.put(a.studentId() + "/" + a.period(), a));
        for (long id : studentIds) {
            List<StudyPeriod> plan = lifecycle.plan(municipality, id);
            List<StudyPeriod> updated = new ArrayList<>();
            boolean changed = false;
            for (StudyPeriod p : plan) {
                if (p.kind() != PeriodKind.PLACEMENT) {
                    updated.add(p);
                    continue;
                }
                StoredAssignment a = assigned.get(id + "/" + p.number());
                String site = a == null ? null : names.site(a.siteId());
                String supervisor = a == null || a.supervisorId() == null ? null : names.username(a.supervisorId());
                changed |= !Objects.equals(site, p.site()) || !Objects.equals(supervisor, p.supervisor());
                updated.add(new StudyPeriod(p.seq(), p.kind(), p.number(), p.startDate(), p.endDate(), site, supervisor));
            }
            if (changed) {
                lifecycle.replacePlan(municipality, id, updated);
            }
        }
    }

    // --- names

    private Names names(String municipality) {
        return new Names(municipality);
    }

    /** Names of the municipality's students, sites and supervisors, looked up once per answer. */
    private final class Names {

        final String municipality;
        final Map<Long, PlacementSite> sites = new HashMap<>();
        final Map<Long, Supervisor> supervisors = new HashMap<>();
        final Map<Long, String> studentNames = new HashMap<>();

        Names(String municipality) {
            this.municipality = municipality;
            placements.sites(municipality).forEach(s -> sites.put(s.id(), s));
            placements.allSupervisors(municipality).forEach(s -> supervisors.put(s.id(), s));
        }

        String site(Long id) {
            PlacementSite s = id == null ? null : sites.get(id);
            return s == null ? null : s.name();
        }

        String supervisor(Long id) {
            Supervisor s = id == null ? null : supervisors.get(id);
            return s == null ? null : s.name();
        }

        String username(Long id) {
            Supervisor s = id == null ? null : supervisors.get(id);
            return s == null ? null : s.username();
        }

        String student(long id) {
            return studentNames.computeIfAbsent(id, k -> {
                try {
                    String name = students.get(municipality, k).name();
                    return name == null ? "Elev " + k : name;
                } catch (NotFoundException e) {
                    return "Elev " + k;
                }
            });
        }
    }
}
