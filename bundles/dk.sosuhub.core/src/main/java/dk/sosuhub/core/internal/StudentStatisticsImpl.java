package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.StudentStatistics;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.core.internal.persistence.Schema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The KPI counts as GROUP BY queries over the student and absence tables (indexed by municipality and date). */
@Component(service = StudentStatistics.class)
public class StudentStatisticsImpl implements StudentStatistics {

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Override
    public CohortCounts cohort(String municipality, Programme programme, int year) {
        return Tx.run(jpa, em -> {
            String cohort = " from StudentEntity s where s.municipality = :m and s.programme = :p"
                    + " and s.startDate >= :from and s.startDate < :to";
            long hired = 0;
            long completed = 0;
            long dropped = 0;
            for (Object[] row : rows(em, "select s.status, count(s)" + cohort + " group by s.status", municipality, programme, year)) {
                long n = (Long) row[1];
                hired += n;
                if (row[0] == StudentStatus.COMPLETED) {
                    completed = n;
                } else if (row[0] == StudentStatus.DROPPED_OUT) {
                    dropped = n;
                }
            }
            Map<UnitType, Long> byUnit = new EnumMap<>(UnitType.class);
            rows(em, "select s.employmentUnit, count(s)" + cohort + " and s.employmentDate is not null group by s.employmentUnit",
                    municipality, programme, year).forEach(r -> byUnit.put((UnitType) r[0], (Long) r[1]));
            Map<DropoutReason, Long> byReason = new EnumMap<>(DropoutReason.class);
            Map<String, Long> byPhase = new TreeMap<>();
            rows(em, "select s.dropoutReason, s.dropoutPhase, count(s)" + cohort + " and s.status = :dropped"
                    + " group by s.dropoutReason, s.dropoutPhase", municipality, programme, year).forEach(r -> {
                byReason.merge((DropoutReason) r[0], (Long) r[2], Long::sum);
                byPhase.merge(r[1] == null ? "UNKNOWN" : (String) r[1], (Long) r[2], Long::sum);
            });
            long employed = byUnit.values().stream().mapToLong(Long::longValue).sum();
            return new CohortCounts(hired, completed, dropped, employed, byUnit, byReason, byPhase);
        });
    }

    @Override
    public Map<Programme, Map<DropoutReason, Long>> dropoutsInYear(String municipality, int year) {
        return Tx.run(jpa, em -> {
            Map<Programme, Map<DropoutReason, Long>> result = new EnumMap<>(Programme.class);
            em.createQuery("select s.programme, s.dropoutReason, count(s) from StudentEntity s where s.municipality = :m"
                            + " and s.dropoutDate >= :from and s.dropoutDate < :to group by s.programme, s.dropoutReason", Object[].class)
                    .setParameter("m", municipality)
                    .setParameter("from", LocalDate.of(year, 1, 1))
                    .setParameter("to", LocalDate.of(year + 1, 1, 1))
                    .getResultList()
                    .forEach(r -> result.computeIfAbsent((Programme) r[0], p -> new EnumMap<>(DropoutReason.class))
                            .put((DropoutReason) r[1], (Long) r[2]));
            return result;
        });
    }

    @Override
    public Map<Programme, Map<Origin, Long>> hiresByOrigin(String municipality, int year) {
        return Tx.run(jpa, em -> {
            Map<Programme, Map<Origin, Long>> result = new EnumMap<>(Programme.class);
            em.createQuery("select s.programme, s.origin, count(s) from StudentEntity s where s.municipality = :m"
                            + " and s.startDate >= :from and s.startDate < :to group by s.programme, s.origin", Object[].class)
                    .setParameter("m", municipality)
                    .setParameter("from", LocalDate.of(year, 1, 1))
                    .setParameter("to", LocalDate.of(year + 1, 1, 1))
                    .getResultList()
                    .forEach(r -> result.computeIfAbsent((Programme) r[0], p -> new EnumMap<>(Origin.class))
                            .put((Origin) r[1], (Long) r[2]));
            return result;
        });
    }

    @Override
    public SickLeave sickLeave(String municipality, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        return Tx.run(jpa, em -> {
            BigDecimal sick = em.createQuery("select sum(a.sickDays) from AbsenceEntity a where a.municipality = :m"
                            + " and a.startDate >= :from and a.startDate < :to", BigDecimal.class)
                    .setParameter("m", municipality).setParameter("from", from).setParameter("to", to).getSingleResult();
            // Enrolment runs from the start date to the completion, dropout or planned end date
            List<Object[]> enrolments = em.createQuery("select s.startDate, s.endDate, s.completionDate, s.dropoutDate"
                            + " from StudentEntity s where s.municipality = :m and s.startDate < :to", Object[].class)
                    .setParameter("m", municipality).setParameter("to", to).getResultList();
            long planned = 0;
            for (Object[] e : enrolments) {
                LocalDate end = e[2] != null ? (LocalDate) e[2] : e[3] != null ? (LocalDate) e[3] : (LocalDate) e[1];
                planned += weekdays(max((LocalDate) e[0], from), min(end, to));
            }
            return new SickLeave(sick == null ? BigDecimal.ZERO : sick, planned);
        });
    }

    /** Weekdays in [from, to). */
    static long weekdays(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long weeks = days / 7;
        long count = weeks * 5;
        for (LocalDate d = from.plusDays(weeks * 7); d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<Object[]> rows(EntityManager em, String jpql, String municipality, Programme programme, int year) {
        var q = em.createQuery(jpql, Object[].class)
                .setParameter("m", municipality)
                .setParameter("p", programme)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1));
        if (jpql.contains(":dropped")) {
            q.setParameter("dropped", StudentStatus.DROPPED_OUT);
        }
        return q.getResultList();
    }
}
