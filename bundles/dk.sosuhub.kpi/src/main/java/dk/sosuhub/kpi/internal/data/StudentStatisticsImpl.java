package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.core.api.model.WorkingDays;
import dk.sosuhub.kpi.StudentStatistics;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.core.api.module.ModuleSchema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KPI counts as GROUP BY queries over core's student, study_period and absence tables, read through kpi's read-only
 * mappings ({@link StudentRow}, {@link StudyPeriodRow}, {@link AbsenceRow}), with core's indexes (docs/kpis.md).
 * One municipality's figures and every municipality's come from the same queries, the latter grouped by municipality.
 */
@Component(service = StudentStatistics.class)
public class StudentStatisticsImpl implements StudentStatistics {

    @Reference(target = "(osgi.unit.name=sosuhub-kpi)")
    private JpaTemplate jpa;

    /** The module's tables exist (core ran db/kpi). */
    @Reference(target = "(" + ModuleSchema.PROPERTY + "=kpi)")
    private ModuleSchema schema;

    @Override
    public CohortCounts cohort(String municipality, Programme programme, int year) {
        return Tx.run(jpa, em -> cohorts(em, municipality, programme, year))
                .getOrDefault(municipality, Map.of()).getOrDefault(programme, EMPTY_COHORT);
    }

    @Override
    public Map<String, Map<Programme, CohortCounts>> cohortsByMunicipality(int year) {
        return Tx.run(jpa, em -> cohorts(em, null, null, year));
    }

    private static final CohortCounts EMPTY_COHORT = new CohortCounts(0, 0, 0, 0, Map.of(), Map.of(), Map.of());

    /** The cohorts of {@code year} by municipality and programme; a null municipality or programme means all. */
    private static Map<String, Map<Programme, CohortCounts>> cohorts(EntityManager em, String municipality,
                                                                     Programme programme, int year) {
        Scope scope = new Scope(municipality, programme, "s.startDate", year);
        Map<String, Map<Programme, CohortTally>> tallies = new TreeMap<>();
        for (Object[] r : scope.rows(em, "s.status, count(s)", "StudentRow s", null, "s.status")) {
            CohortTally t = tally(tallies, r);
            long n = (Long) r[3];
            t.hired += n;
            if (r[2] == StudentStatus.COMPLETED) {
                t.completed = n;
            } else if (r[2] == StudentStatus.DROPPED_OUT) {
                t.dropped = n;
            }
        }
        for (Object[] r : scope.rows(em, "s.employmentUnit, count(s)", "StudentRow s", "s.employmentDate is not null",
                "s.employmentUnit")) {
            tally(tallies, r).byUnit.put((UnitType) r[2], (Long) r[3]);
        }
        for (Object[] r : scope.rows(em, "s.dropoutReason, s.dropoutPhase, count(s)", "StudentRow s",
                "s.status = :dropped", "s.dropoutReason, s.dropoutPhase")) {
            CohortTally t = tally(tallies, r);
            t.byReason.merge((DropoutReason) r[2], (Long) r[4], Long::sum);
            t.byPhase.merge(r[3] == null ? "UNKNOWN" : (String) r[3], (Long) r[4], Long::sum);
        }
        Map<String, Map<Programme, CohortCounts>> result = new TreeMap<>();
        tallies.forEach((m, byProgramme) -> {
            Map<Programme, CohortCounts> counts = new EnumMap<>(Programme.class);
            byProgramme.forEach((p, t) -> counts.put(p, t.counts()));
            result.put(m, counts);
        });
        return result;
    }

    private static CohortTally tally(Map<String, Map<Programme, CohortTally>> tallies, Object[] row) {
        return tallies.computeIfAbsent((String) row[0], m -> new EnumMap<>(Programme.class))
                .computeIfAbsent((Programme) row[1], p -> new CohortTally());
    }

    private static final class CohortTally {
        long hired;
        long completed;
        long dropped;
        final Map<UnitType, Long> byUnit = new EnumMap<>(UnitType.class);
        final Map<DropoutReason, Long> byReason = new EnumMap<>(DropoutReason.class);
        final Map<String, Long> byPhase = new TreeMap<>();

        CohortCounts counts() {
            long employed = byUnit.values().stream().mapToLong(Long::longValue).sum();
            return new CohortCounts(hired, completed, dropped, employed, byUnit, byReason, byPhase);
        }
    }

    @Override
    public Map<Programme, Map<DropoutReason, Long>> dropoutsInYear(String municipality, int year) {
        return Tx.run(jpa, em -> dropouts(em, municipality, year)).getOrDefault(municipality, new EnumMap<>(Programme.class));
    }

    @Override
    public Map<String, Map<Programme, Map<DropoutReason, Long>>> dropoutsInYearByMunicipality(int year) {
        return Tx.run(jpa, em -> dropouts(em, null, year));
    }

    private static Map<String, Map<Programme, Map<DropoutReason, Long>>> dropouts(EntityManager em, String municipality, int year) {
        Map<String, Map<Programme, Map<DropoutReason, Long>>> result = new TreeMap<>();
        new Scope(municipality, null, "s.dropoutDate", year)
                .rows(em, "s.dropoutReason, count(s)", "StudentRow s", null, "s.dropoutReason")
                .forEach(r -> result.computeIfAbsent((String) r[0], m -> new EnumMap<>(Programme.class))
                        .computeIfAbsent((Programme) r[1], p -> new EnumMap<>(DropoutReason.class))
                        .put((DropoutReason) r[2], (Long) r[3]));
        return result;
    }

    @Override
    public Map<Programme, Map<Origin, Long>> hiresByOrigin(String municipality, int year) {
        return Tx.run(jpa, em -> hires(em, municipality, year)).getOrDefault(municipality, new EnumMap<>(Programme.class));
    }

    @Override
    public Map<String, Map<Programme, Map<Origin, Long>>> hiresByOriginByMunicipality(int year) {
        return Tx.run(jpa, em -> hires(em, null, year));
    }

    private static Map<String, Map<Programme, Map<Origin, Long>>> hires(EntityManager em, String municipality, int year) {
        Map<String, Map<Programme, Map<Origin, Long>>> result = new TreeMap<>();
        new Scope(municipality, null, "s.startDate", year)
                .rows(em, "s.origin, count(s)", "StudentRow s", null, "s.origin")
                .forEach(r -> result.computeIfAbsent((String) r[0], m -> new EnumMap<>(Programme.class))
                        .computeIfAbsent((Programme) r[1], p -> new EnumMap<>(Origin.class))
                        .put((Origin) r[2], (Long) r[3]));
        return result;
    }

    @Override
    public SickLeave sickLeave(String municipality, int year) {
        return Tx.run(jpa, em -> sickLeave(em, municipality, year))
                .getOrDefault(municipality, new SickLeave(BigDecimal.ZERO, 0));
    }

    @Override
    public List<StudentSickLeave> sickLeaveByStudent(String municipality, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        return Tx.run(jpa, em -> {
            SickLeaveByStudent split = new SickLeaveByStudent(from, to);
            em.createQuery("select s.id, s.name, s.programme, s.startDate, s.endDate, s.completionDate, s.dropoutDate"
                            + " from StudentRow s where s.municipality = :m and s.startDate < :to"
                            + " and coalesce(s.completionDate, s.dropoutDate, s.endDate) > :from order by s.id", Object[].class)
                    .setParameter("m", municipality).setParameter("from", from).setParameter("to", to)
                    .getResultList().forEach(r -> split.enrolled((Long) r[0], (String) r[1], (Programme) r[2],
                            (LocalDate) r[3], r[5] != null ? (LocalDate) r[5] : r[6] != null ? (LocalDate) r[6] : (LocalDate) r[4]));
            em.createQuery("select p.studentId, p.startDate, p.endDate, p.site from StudyPeriodRow p, StudentRow s"
                            + " where p.studentId = s.id and s.municipality = :m and p.site is not null"
                            + " and p.startDate < :to and p.endDate > :from", Object[].class)
                    .setParameter("m", municipality).setParameter("from", from).setParameter("to", to)
                    .getResultList().forEach(r -> split.period((Long) r[0], (LocalDate) r[1], (LocalDate) r[2], (String) r[3]));
            em.createQuery("select a.studentId, a.startDate, a.sickDays from AbsenceRow a"
                            + " where a.municipality = :m and a.startDate >= :from and a.startDate < :to", Object[].class)
                    .setParameter("m", municipality).setParameter("from", from).setParameter("to", to)
                    .getResultList().forEach(r -> split.absence((Long) r[0], (LocalDate) r[1], (BigDecimal) r[2]));
            return split.result();
        });
    }

    @Override
    public Map<String, SickLeave> sickLeaveByMunicipality(int year) {
        return Tx.run(jpa, em -> sickLeave(em, null, year));
    }

    private static Map<String, SickLeave> sickLeave(EntityManager em, String municipality, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        String inMunicipality = municipality == null ? "" : " and %s.municipality = :m";
        Map<String, BigDecimal> sick = new TreeMap<>();
        var sums = em.createQuery("select a.municipality, sum(a.sickDays) from AbsenceRow a"
                        + " where a.startDate >= :from and a.startDate < :to" + inMunicipality.formatted("a")
                        + " group by a.municipality", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (municipality != null) {
            sums.setParameter("m", municipality);
        }
        sums.getResultList().forEach(r -> sick.put((String) r[0], (BigDecimal) r[1]));
        // Enrolment runs from the start date to the completion, dropout or planned end date
        var enrolments = em.createQuery("select s.municipality, s.startDate, s.endDate, s.completionDate, s.dropoutDate"
                        + " from StudentRow s where s.startDate < :to"
                        + " and coalesce(s.completionDate, s.dropoutDate, s.endDate) > :from" + inMunicipality.formatted("s"),
                        Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (municipality != null) {
            enrolments.setParameter("m", municipality);
        }
        Map<String, Long> planned = new TreeMap<>();
        for (Object[] e : enrolments.getResultList()) {
            LocalDate end = e[3] != null ? (LocalDate) e[3] : e[4] != null ? (LocalDate) e[4] : (LocalDate) e[2];
            planned.merge((String) e[0], WorkingDays.between(max((LocalDate) e[1], from), min(end, to)), Long::sum);
        }
        Map<String, SickLeave> result = new TreeMap<>();
        planned.forEach((m, days) -> result.put(m, new SickLeave(sick.getOrDefault(m, BigDecimal.ZERO), days)));
        sick.forEach((m, days) -> result.putIfAbsent(m, new SickLeave(days, 0)));
        return result;
    }

    /**
     * Students of one municipality or all, of one programme or all, with a date in a year: the rows come back as
     * municipality, programme, then the selected columns, grouped the same way.
     */
    private record Scope(String municipality, Programme programme, String dateField, int year) {

        List<Object[]> rows(EntityManager em, String select, String from, String condition, String groupBy) {
            StringBuilder jpql = new StringBuilder("select s.municipality, s.programme, ").append(select)
                    .append(" from ").append(from)
                    .append(" where ").append(dateField).append(" >= :from and ").append(dateField).append(" < :to");
            if (municipality != null) {
                jpql.append(" and s.municipality = :m");
            }
            if (programme != null) {
                jpql.append(" and s.programme = :p");
            }
            if (condition != null) {
                jpql.append(" and ").append(condition);
            }
            jpql.append(" group by s.municipality, s.programme, ").append(groupBy);
            var query = em.createQuery(jpql.toString(), Object[].class)
                    .setParameter("from", LocalDate.of(year, 1, 1))
                    .setParameter("to", LocalDate.of(year + 1, 1, 1));
            if (municipality != null) {
                query.setParameter("m", municipality);
            }
            if (programme != null) {
                query.setParameter("p", programme);
            }
            if (condition != null && condition.contains(":dropped")) {
                query.setParameter("dropped", StudentStatus.DROPPED_OUT);
            }
            return query.getResultList();
        }
    }

    /** Weekdays in [from, to). */

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
