package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.StudentRecords;
import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.internal.persistence.AbsenceEntity;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.persistence.StudentEntity;
import dk.sosuhub.core.internal.persistence.StudyPeriodEntity;
import dk.sosuhub.core.internal.persistence.TalkEntity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Four queries (students, periods, sick days, talks) for the whole municipality, joined in memory. */
@Component(service = StudentRecords.class)
public class StudentRecordsImpl implements StudentRecords {

    private static final String ENROLLED = "s.municipality = :m and s.startDate <= :d"
            + " and (s.completionDate is null or s.completionDate > :d) and (s.dropoutDate is null or s.dropoutDate > :d)";

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Override
    public List<StudentRecord> enrolled(String municipality, LocalDate date) {
        return Tx.run(jpa, em -> {
            List<Student> students = em.createQuery("select s from StudentEntity s where " + ENROLLED + " order by s.id",
                            StudentEntity.class).setParameter("m", municipality).setParameter("d", date)
                    .getResultList().stream().map(StudentEntity::toModel).toList();
            String ids = " in (select s.id from StudentEntity s where " + ENROLLED + ")";
            Map<Long, List<StudyPeriod>> plans = new HashMap<>();
            em.createQuery("select p from StudyPeriodEntity p where p.studentId" + ids + " order by p.studentId, p.seq",
                            StudyPeriodEntity.class).setParameter("m", municipality).setParameter("d", date).getResultList()
                    .forEach(p -> plans.computeIfAbsent(p.studentId(), k -> new ArrayList<>()).add(p.toModel()));
            Map<Long, List<AbsenceEntity>> absences = new HashMap<>();
            em.createQuery("select a from AbsenceEntity a where a.studentId" + ids + " order by a.startDate",
                            AbsenceEntity.class).setParameter("m", municipality).setParameter("d", date).getResultList()
                    .forEach(a -> absences.computeIfAbsent(a.studentId(), k -> new ArrayList<>()).add(a));
            Map<Long, List<Talk>> talks = new HashMap<>();
            em.createQuery("select t from TalkEntity t where t.studentId" + ids + " order by t.date",
                            TalkEntity.class).setParameter("m", municipality).setParameter("d", date).getResultList()
                    .forEach(t -> talks.computeIfAbsent(t.studentId(), k -> new ArrayList<>()).add(t.toModel()));
            List<StudentRecord> records = new ArrayList<>(students.size());
            for (Student s : students) {
                List<StudyPeriod> plan = plans.getOrDefault(s.id(), List.of());
                List<Absence> sick = absences.getOrDefault(s.id(), List.of()).stream()
                        .map(a -> new Absence(a.id(), a.startDate(), a.sickDays(), StudyPeriod.phaseAt(plan, a.startDate())))
                        .toList();
                records.add(new StudentRecord(s, plan, sick, talks.getOrDefault(s.id(), List.of())));
            }
            return records;
        });
    }
}
