package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.NeedToKnow;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.StudentRelations;
import dk.sosuhub.core.internal.Tx;
import dk.sosuhub.core.internal.persistence.Schema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

@Component(service = NeedToKnow.class)
public class NeedToKnowImpl implements NeedToKnow {

    /** Roles whose work is the whole municipality. */
    static final Set<Role> WHOLE_MUNICIPALITY = EnumSet.of(Role.PLATFORM_ADMIN, Role.MUNICIPALITY_ADMIN,
            Role.EDUCATION_TEAM, Role.INTEGRATOR);

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    private final List<StudentRelations> relations = new CopyOnWriteArrayList<>();
    private final Clock clock = Denmark.CLOCK;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRelations(StudentRelations r) {
        relations.add(r);
    }

    void removeRelations(StudentRelations r) {
        relations.remove(r);
    }

    @Override
    public Optional<Set<Long>> restrictedTo(Caller caller, String municipality) {
        if (caller.roles().stream().anyMatch(WHOLE_MUNICIPALITY::contains)) {
            return Optional.empty();
        }
        Set<Long> visible = new HashSet<>();
        if (caller.has(Role.STUDENT) && caller.studentId() != null) {
            visible.add(caller.studentId());
        }
        if (caller.has(Role.SUPERVISOR)) {
            visible.addAll(supervisedBy(caller.username(), municipality, LocalDate.now(clock)));
        }
        for (StudentRelations r : relations) {
            visible.addAll(r.studentsOf(caller, municipality));
        }
        return Optional.of(Set.copyOf(visible));
    }

    /**
     * Students whose current placement (the latest that has started), or the one before it, the user supervises; and,
     * from the day before it starts, the next one (the new supervisor reads the handover then).
     */
    private Set<Long> supervisedBy(String username, String municipality, LocalDate today) {
        List<Object[]> rows = Tx.run(jpa, em -> em.createQuery(
                        "select p.studentId, p.startDate, p.supervisor from StudyPeriodEntity p, StudentEntity s"
                                + " where s.id = p.studentId and s.municipality = :m and p.kind = :k and p.startDate <= :t"
                                + " and p.studentId in (select q.studentId from StudyPeriodEntity q where q.supervisor = :u)"
                                + " order by p.studentId, p.startDate desc", Object[].class)
                .setParameter("m", municipality).setParameter("k", PeriodKind.PLACEMENT).setParameter("t", today.plusDays(1))
                .setParameter("u", username).getResultList());
        Map<Long, Integer> seen = new HashMap<>();
        Set<Long> visible = new HashSet<>();
        for (Object[] row : rows) {
            long student = (Long) row[0];
            if (((LocalDate) row[1]).isAfter(today)) {
                if (username.equals(row[2])) {
                    visible.add(student); // starts tomorrow
                }
                continue;
            }
            int rank = seen.merge(student, 1, Integer::sum); // 1 = current placement, 2 = the one before
            if (rank <= 2 && username.equals(row[2])) {
                visible.add(student);
            }
        }
        return visible;
    }
}
