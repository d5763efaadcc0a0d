package dk.sosuhub.placements.internal.planning;

import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.internal.data.PlanStore;
import dk.sosuhub.placements.internal.plan.PlanningPeriod;
import dk.sosuhub.placements.internal.plan.PlanningProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what the planner plans from: the module's sites, supervisors, rules, profiles and current plan, and the
 * placement periods of the active students' plans in core. Its fingerprint changes whenever any of that changes.
 */
final class PlanningInputs {

    final PlanningProblem problem;
    final Map<Long, Student> students;
    final Map<String, PlanStore.StoredAssignment> assignments;
    final String fingerprint;

    private PlanningInputs(PlanningProblem problem, Map<Long, Student> students, Map<String, PlanStore.StoredAssignment> assignments,
                           String fingerprint) {
        this.problem = problem;
        this.students = students;
        this.assignments = assignments;
        this.fingerprint = fingerprint;
    }

    /**
     * @param from periods starting from here to {@code to} are to be planned; the others that are placed are pinned.
     *             null: nothing is to be planned (every placed period pinned)
     */
    static PlanningInputs load(PlacementService placements, StudentService studentService, LifecycleService lifecycle,
                               PlanStore store, String municipality, LocalDate from, LocalDate to) {
        Map<Programme, List<PeriodRule>> rules = placements.rules(municipality);
        Map<Long, PlacementProfile> profiles = store.profiles(municipality);
        Map<String, PlanStore.StoredAssignment> assigned = new LinkedHashMap<>();
        store.assignments(municipality).forEach(a -> assigned.put(a.studentId() + "/" + a.period(), a));
        Map<Long, Student> students = new LinkedHashMap<>();
        for (int offset = 0; ; offset += 1000) {
            List<Student> page = studentService.list(municipality, new StudentService.Query(null, StudentStatus.ACTIVE, null, offset, 1000));
            page.forEach(s -> students.put(s.id(), s));
            if (page.size() < 1000) {
                break;
            }
        }
        List<PlanningPeriod> periods = new ArrayList<>();
        for (Student s : students.values()) {
            for (StudyPeriod p : lifecycle.plan(municipality, s.id())) {
                if (p.kind() != PeriodKind.PLACEMENT) {
                    continue;
                }
                PeriodRule rule = rules.getOrDefault(s.programme(), List.of()).stream()
                        .filter(r -> r.period() == p.number()).findFirst().orElse(null);
                if (rule == null) {
                    continue;
                }
                PlanStore.StoredAssignment a = assigned.get(s.id() + "/" + p.number());
                boolean inRange = from != null && !p.startDate().isBefore(from) && !p.startDate().isAfter(to);
                if (!inRange && a == null) {
                    continue;
                }
                periods.add(new PlanningPeriod(s.id(), s.programme(), p.number(), p.startDate(), p.endDate(), rule,
                        profiles.get(s.id()), a == null ? null : a.siteId(), a == null ? null : a.supervisorId(),
                        a != null && (a.pinned() || !inRange)));
            }
        }
        PlanningProblem problem = new PlanningProblem(placements.sites(municipality), placements.allSupervisors(municipality), periods);
        return new PlanningInputs(problem, students, assigned, fingerprint(from, to, problem));
    }

    private static String fingerprint(LocalDate from, LocalDate to, PlanningProblem problem) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((from + "|" + to + "|" + problem.sites() + "|" + problem.supervisors() + "|").getBytes(StandardCharsets.UTF_8));
            for (PlanningPeriod p : problem.periods()) {
                digest.update(p.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String studentName(long id) {
        Student s = students.get(id);
        return s == null || s.name() == null ? "Elev " + id : s.name();
    }
}
