package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.event.StudentEvents;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.internal.persistence.UserEntity;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.ProgrammeSwitch;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.Track;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.model.TalkType;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.core.internal.persistence.AbsenceEntity;
import dk.sosuhub.core.internal.persistence.ProgrammeSwitchEntity;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.persistence.StudentEntity;
import dk.sosuhub.core.internal.persistence.StudentEventEntity;
import dk.sosuhub.core.internal.persistence.StudyPeriodEntity;
import dk.sosuhub.core.internal.persistence.TalkEntity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Component(service = LifecycleService.class)
public class LifecycleServiceImpl implements LifecycleService {

    static final BigDecimal MAX_SICK_DAYS = new BigDecimal("366");

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Reference
    private EventPublisher events;

    @Reference
    private StudentDataVersionsImpl versions;

    @Override
    public Student complete(String municipality, long studentId, LocalDate date) {
        requireDate(date);
        Student completed = Tx.write(jpa, versions, municipality, em -> {
            StudentEntity s = StudentServiceImpl.find(em, municipality, studentId);
            Student current = s.toModel();
            requireActive(current, "complete");
            if (date.isBefore(current.startDate())) {
                throw new ValidationException("date", "completion cannot be before the start date " + current.startDate());
            }
            s.complete(date);
            em.persist(new StudentEventEntity(studentId, "COMPLETED", date, null));
            return s.toModel();
        });
        events.post(StudentEvents.COMPLETED, municipality, studentId, StudentEvents.DATE, date.toString());
        return completed;
    }

    @Override
    public Student dropOut(String municipality, long studentId, LocalDate date, DropoutReason reason) {
        new Validator().requirePresent(date, "date").requirePresent(reason, "reason").throwIfInvalid();
        Student dropped = Tx.write(jpa, versions, municipality, em -> {
            StudentEntity s = StudentServiceImpl.find(em, municipality, studentId);
            Student current = s.toModel();
            requireActive(current, "drop out");
            if (date.isBefore(current.startDate())) {
                throw new ValidationException("date", "a dropout cannot be before the start date " + current.startDate());
            }
            String phase = StudyPeriod.phaseAt(plan(em, studentId), date);
            s.dropOut(date, reason, phase);
            em.persist(new StudentEventEntity(studentId, "DROPPED_OUT", date, reason.name()));
            return s.toModel();
        });
        events.post(StudentEvents.DROPPED_OUT, municipality, studentId, StudentEvents.DATE, date.toString(),
                StudentEvents.REASON, reason.name());
        return dropped;
    }

    @Override
    public Student employ(String municipality, long studentId, LocalDate date, UnitType unitType) {
        new Validator().requirePresent(date, "date").requirePresent(unitType, "unitType").throwIfInvalid();
        Student employed = Tx.write(jpa, versions, municipality, em -> {
            StudentEntity s = StudentServiceImpl.find(em, municipality, studentId);
            Student current = s.toModel();
            if (current.status() != StudentStatus.COMPLETED) {
                throw new ConflictException("Student " + studentId + " has not completed; only graduates can be hired");
            }
            if (current.employment() != null) {
                throw new ConflictException("Student " + studentId + " is already recorded as hired on " + current.employment().date());
            }
            if (date.isBefore(current.completionDate())) {
                throw new ValidationException("date", "employment cannot be before the completion date " + current.completionDate());
            }
            s.employ(date, unitType);
            em.persist(new StudentEventEntity(studentId, "EMPLOYED", date, unitType.name()));
            return s.toModel();
        });
        events.post(StudentEvents.EMPLOYED, municipality, studentId, StudentEvents.DATE, date.toString(),
                StudentEvents.UNIT_TYPE, unitType.name());
        return employed;
    }

    @Override
    public ProgrammeSwitch switchProgramme(String municipality, long studentId, LocalDate date) {
        requireDate(date);
        ProgrammeSwitch done = Tx.write(jpa, versions, municipality, em -> {
            StudentEntity s = StudentServiceImpl.find(em, municipality, studentId);
            Student current = s.toModel();
            if (current.programme() != Programme.SSA) {
                throw new ConflictException("Student " + studentId + " is in the " + current.programme()
                        + " programme; only an SSA student can switch to SSH");
            }
            requireActive(current, "switch programme");
            if (date.isBefore(current.startDate())) {
                throw new ValidationException("date", "a switch cannot be before the start date " + current.startDate());
            }
            String phase = StudyPeriod.phaseAt(plan(em, studentId), date);
            List<StudyPeriod> sshPlan = "BASIC".equals(phase)
                    ? StudyPeriod.nominalPlan(Programme.SSH, date)
                    : StudyPeriod.nominalMainCourse(Programme.SSH, date, 1);
            StudentData ssh = new StudentData(current.name(), Programme.SSH, Track.ORDINARY, current.origin(), date,
                    sshPlan.get(sshPlan.size() - 1).endDate(), current.birthDate(),
                    current.birthDate() == null ? current.ageAtStart() : null, current.personalAdvisor()).validated();
            s.dropOut(date, DropoutReason.SWITCHED_PROGRAMME, phase);
            em.persist(new StudentEventEntity(studentId, "DROPPED_OUT", date, DropoutReason.SWITCHED_PROGRAMME.name()));
            StudentEntity next = new StudentEntity(municipality);
            next.assign(ssh);
            em.persist(next);
            em.flush();
            for (StudyPeriod period : sshPlan) {
                em.persist(new StudyPeriodEntity(next.id(), period));
            }
            em.persist(new StudentEventEntity(next.id(), "SWITCHED_FROM_SSA", date, Long.toString(studentId)));
            em.persist(new ProgrammeSwitchEntity(studentId, next.id(), municipality, date));
            return new ProgrammeSwitch(date, s.toModel(), next.toModel());
        });
        events.post(StudentEvents.DROPPED_OUT, municipality, studentId, StudentEvents.DATE, date.toString(),
                StudentEvents.REASON, DropoutReason.SWITCHED_PROGRAMME.name());
        events.post(StudentEvents.HIRED, municipality, done.to().id(), StudentEvents.DATE, date.toString());
        return done;
    }

    @Override
    public Optional<ProgrammeSwitch> programmeSwitch(String municipality, long studentId) {
        return Tx.run(jpa, em -> {
            StudentServiceImpl.find(em, municipality, studentId);
            return em.createQuery("select w from ProgrammeSwitchEntity w where w.fromStudentId = :s or w.toStudentId = :s",
                            ProgrammeSwitchEntity.class).setParameter("s", studentId).getResultList().stream().findFirst()
                    .map(w -> new ProgrammeSwitch(w.date(), StudentServiceImpl.find(em, municipality, w.fromStudentId()).toModel(),
                            StudentServiceImpl.find(em, municipality, w.toStudentId()).toModel()));
        });
    }

    @Override
    public List<StudyPeriod> plan(String municipality, long studentId) {
        return Tx.run(jpa, em -> {
            StudentServiceImpl.find(em, municipality, studentId);
            return plan(em, studentId);
        });
    }

    @Override
    public List<StudyPeriod> replacePlan(String municipality, long studentId, List<StudyPeriod> plan) {
        Validator v = new Validator().require(plan != null && !plan.isEmpty(), "periods", "at least one period is required");
        if (plan != null) {
            for (int i = 0; i < plan.size(); i++) {
                StudyPeriod p = plan.get(i);
                String field = "periods[" + i + "]";
                v.require(p.kind() != null && p.startDate() != null && p.endDate() != null, field, "kind, startDate and endDate are required");
                v.require(p.startDate() == null || p.endDate() == null || p.endDate().isAfter(p.startDate()), field, "must end after it starts");
                v.require(i == 0 || p.startDate() == null || plan.get(i - 1).endDate() == null
                        || p.startDate().equals(plan.get(i - 1).endDate()), field, "must start where the previous period ends");
                v.require(p.site() == null || p.site().length() <= 200, field, "site must be at most 200 characters");
                v.require(p.supervisor() == null || p.kind() == PeriodKind.PLACEMENT, field,
                        "only a placement period has a supervisor");
            }
        }
        v.throwIfInvalid();
        List<StudyPeriod> replaced = Tx.write(jpa, versions, municipality, em -> {
            StudentServiceImpl.find(em, municipality, studentId);
            requireSupervisors(em, municipality, plan);
            em.createQuery("delete from StudyPeriodEntity p where p.studentId = :s").setParameter("s", studentId).executeUpdate();
            int[] numbers = new int[3];
            for (int i = 0; i < plan.size(); i++) {
                StudyPeriod p = plan.get(i);
                int number = ++numbers[p.kind().ordinal()];
                em.persist(new StudyPeriodEntity(studentId, new StudyPeriod(i + 1, p.kind(), number, p.startDate(),
                        p.endDate(), p.site(), p.supervisor() == null || p.supervisor().isBlank() ? null : p.supervisor().strip())));
            }
            em.flush();
            return plan(em, studentId);
        });
        events.post(StudentEvents.PLAN_CHANGED, municipality, studentId);
        return replaced;
    }

    /** A period's supervisor must be a user of the municipality with role supervisor. */
    private static void requireSupervisors(EntityManager em, String municipality, List<StudyPeriod> plan) {
        Validator v = new Validator();
        for (int i = 0; i < plan.size(); i++) {
            String username = plan.get(i).supervisor();
            if (username != null && !username.isBlank()) {
                UserEntity user = em.find(UserEntity.class, username.strip());
                v.require(user != null && municipality.equals(user.municipality()) && user.roles().contains(Role.SUPERVISOR),
                        "periods[" + i + "].supervisor", "must be the username of a supervisor of municipality " + municipality);
            }
        }
        v.throwIfInvalid();
    }

    @Override
    public Absence addAbsence(String municipality, long studentId, LocalDate date, BigDecimal sickDays) {
        new Validator().requirePresent(date, "date").requirePresent(sickDays, "sickDays")
                .require(sickDays == null || (sickDays.signum() > 0 && sickDays.compareTo(MAX_SICK_DAYS) <= 0
                        && sickDays.remainder(new BigDecimal("0.5")).signum() == 0), "sickDays",
                        "must be a positive number of days in halves, at most 366")
                .throwIfInvalid();
        Absence absence = Tx.write(jpa, versions, municipality, em -> {
            Student s = StudentServiceImpl.find(em, municipality, studentId).toModel();
            if (date.isBefore(s.startDate())) {
                throw new ValidationException("date", "absence cannot be before the start date " + s.startDate());
            }
            AbsenceEntity a = new AbsenceEntity(studentId, municipality, date, sickDays);
            em.persist(a);
            em.flush();
            return new Absence(a.id(), date, sickDays, StudyPeriod.phaseAt(plan(em, studentId), date));
        });
        events.post(StudentEvents.ABSENCE_REGISTERED, municipality, studentId, StudentEvents.ABSENCE_ID, absence.id(),
                StudentEvents.DATE, date.toString(), StudentEvents.SICK_DAYS, sickDays.toPlainString());
        return absence;
    }

    @Override
    public List<Absence> absences(String municipality, long studentId) {
        return Tx.run(jpa, em -> {
            StudentServiceImpl.find(em, municipality, studentId);
            List<StudyPeriod> plan = plan(em, studentId);
            return em.createQuery("select a from AbsenceEntity a where a.studentId = :s order by a.startDate", AbsenceEntity.class)
                    .setParameter("s", studentId).getResultList().stream()
                    .map(a -> new Absence(a.id(), a.startDate(), a.sickDays(), StudyPeriod.phaseAt(plan, a.startDate())))
                    .toList();
        });
    }

    @Override
    public Talk addTalk(String municipality, long studentId, TalkType type, LocalDate date, List<String> participants) {
        List<String> people = participants == null ? List.of() : participants.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        new Validator().requirePresent(type, "type").requirePresent(date, "date")
                .require(String.join("\n", people).length() <= 500, "participants", "at most 500 characters in all")
                .throwIfInvalid();
        Talk talk = Tx.write(jpa, versions, municipality, em -> {
            StudentServiceImpl.find(em, municipality, studentId);
            TalkEntity t = new TalkEntity(studentId, type, date, people);
            em.persist(t);
            em.flush();
            return t.toModel();
        });
        events.post(StudentEvents.TALK_REGISTERED, municipality, studentId, StudentEvents.DATE, date.toString(),
                StudentEvents.TALK_TYPE, type.name());
        return talk;
    }

    @Override
    public List<Talk> talks(String municipality, long studentId) {
        return Tx.run(jpa, em -> {
            StudentServiceImpl.find(em, municipality, studentId);
            return em.createQuery("select t from TalkEntity t where t.studentId = :s order by t.date", TalkEntity.class)
                    .setParameter("s", studentId).getResultList().stream().map(TalkEntity::toModel).toList();
        });
    }

    private static List<StudyPeriod> plan(EntityManager em, long studentId) {
        return em.createQuery("select p from StudyPeriodEntity p where p.studentId = :s order by p.seq", StudyPeriodEntity.class)
                .setParameter("s", studentId).getResultList().stream().map(StudyPeriodEntity::toModel).toList();
    }

    private static void requireDate(LocalDate date) {
        new Validator().requirePresent(date, "date").throwIfInvalid();
    }

    private static void requireActive(Student s, String what) {
        if (s.status() == StudentStatus.DROPPED_OUT) {
            throw new ConflictException("Student " + s.id() + " dropped out on " + s.dropout().date() + " and cannot " + what);
        }
        if (s.status() == StudentStatus.COMPLETED) {
            throw new ConflictException("Student " + s.id() + " completed on " + s.completionDate() + " and cannot " + what);
        }
    }
}
