package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.messages.Handover;
import dk.sosuhub.messages.HandoverService;
import dk.sosuhub.messages.NotificationKind;
import dk.sosuhub.messages.internal.MessagesModule;
import dk.sosuhub.messages.internal.data.People.StudentFile;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Component(service = HandoverService.class)
public class HandoverServiceImpl implements HandoverService {

    static final int MAX_TEXT = 4000;
    static final String HANDOVER_CONSENT = "HANDOVER";

    @Reference(target = "(osgi.unit.name=sosuhub-messages)")
    JpaTemplate jpa;

    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + MessagesModule.ID + ")")
    ModuleSchema schema;

    @Reference
    People people;

    @Override
    public List<Handover> handovers(Caller caller, String municipality, long studentId) {
        StudentFile file = people.file(municipality, studentId);
        requireAround(caller, file);
        boolean consent = Tx.run(jpa, em -> consent(em, municipality, studentId));
        List<HandoverEntity> all = Tx.run(jpa, em -> em.createQuery("select h from HandoverEntity h where h.municipality = :m"
                + " and h.studentId = :s order by h.id", HandoverEntity.class).setParameter("m", municipality)
                .setParameter("s", studentId).getResultList());
        List<Handover> out = new ArrayList<>();
        LocalDate today = people.today();
        for (HandoverEntity h : all) {
            Optional<StudyPeriod> next = next(file.plan(), h.placementSeq);
            LocalDate readableFrom = next.map(p -> p.startDate().minusDays(1)).orElse(null);
            boolean open = readableFrom != null && !today.isBefore(readableFrom);
            boolean self = isStudent(caller, file.student()) || caller.username().equals(h.author);
            boolean advisor = caller.username().equals(file.student().personalAdvisor());
            boolean nextSupervisor = next.map(p -> caller.username().equals(p.supervisor())).orElse(false);
            if (self || (advisor && open)) {
                out.add(model(h, file.plan(), readableFrom, true));
            } else if (nextSupervisor && open) {
                out.add(model(h, file.plan(), readableFrom, consent));
            }
        }
        return out;
    }

    @Override
    public Handover write(Caller caller, String municipality, long studentId, String learnt, String support, String nextSiteNotes) {
        StudentFile file = people.file(municipality, studentId);
        LocalDate today = people.today();
        StudyPeriod placement = file.plan().stream()
                .filter(p -> p.kind() == PeriodKind.PLACEMENT && caller.username().equals(p.supervisor())
                        && !p.startDate().isAfter(today))
                .max(Comparator.comparing(StudyPeriod::startDate))
                .orElseThrow(() -> new ForbiddenException("Only the supervisor of the student's current or ended placement"
                        + " writes its handover"));
        if (!caller.has(Role.SUPERVISOR) || !municipality.equals(caller.municipality())) {
            throw new ForbiddenException("Only the student's supervisor writes a handover");
        }
        new Validator().require(valid(learnt), "learnt", "must be 1 to " + MAX_TEXT + " characters")
                .require(valid(support), "support", "must be 1 to " + MAX_TEXT + " characters")
                .require(valid(nextSiteNotes), "nextSiteNotes", "must be 1 to " + MAX_TEXT + " characters")
                .throwIfInvalid();
        Instant now = people.now();
        Optional<StudyPeriod> next = next(file.plan(), placement.seq());
        long id = Tx.run(jpa, em -> {
            HandoverEntity h = new HandoverEntity(municipality, studentId, placement.seq(), caller.username(), learnt.strip(),
                    support.strip(), nextSiteNotes.strip(), now);
            em.persist(h);
            em.flush();
            Set<String> readers = new LinkedHashSet<>();
            if (file.student().personalAdvisor() != null) {
                readers.add(file.student().personalAdvisor());
            }
            next.map(StudyPeriod::supervisor).ifPresent(readers::add);
            Instant from = next.map(p -> p.startDate().minusDays(1).atStartOfDay(Denmark.ZONE).toInstant()).orElse(now);
            Notifications.add(em, readers, caller.username(), NotificationKind.HANDOVER, file.student(), null, null, h.id,
                    from.isAfter(now) ? from : now);
            return h.id;
        });
        return Tx.run(jpa, em -> model(em.find(HandoverEntity.class, id), file.plan(),
                next.map(p -> p.startDate().minusDays(1)).orElse(null), true));
    }

    @Override
    public boolean handoverConsent(Caller caller, String municipality, long studentId) {
        StudentFile file = people.file(municipality, studentId);
        requireAround(caller, file);
        return Tx.run(jpa, em -> consent(em, municipality, studentId));
    }

    @Override
    public boolean setHandoverConsent(Caller caller, String municipality, long studentId, Boolean given) {
        StudentFile file = people.file(municipality, studentId);
        if (!isStudent(caller, file.student())) {
            throw new ForbiddenException("Only the student gives or withdraws consent");
        }
        if (given == null) {
            throw new ValidationException("given", "must be true or false");
        }
        Instant now = people.now();
        return Tx.run(jpa, em -> {
            int updated = em.createNativeQuery("UPDATE msg_consent SET given = ?, changed_at = ?, changed_by = ? WHERE"
                            + " municipality = ? AND student_id = ? AND kind = ?").setParameter(1, given)
                    .setParameter(2, Timestamp.from(now)).setParameter(3, caller.username()).setParameter(4, municipality)
                    .setParameter(5, studentId).setParameter(6, HANDOVER_CONSENT).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO msg_consent (municipality, student_id, kind, given, changed_at, changed_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?)").setParameter(1, municipality).setParameter(2, studentId)
                        .setParameter(3, HANDOVER_CONSENT).setParameter(4, given).setParameter(5, Timestamp.from(now))
                        .setParameter(6, caller.username()).executeUpdate();
            }
            return consent(em, municipality, studentId);
        });
    }

    /** The student, the personal advisor, the education team and the supervisors of the student's plan. */
    private void requireAround(Caller caller, StudentFile file) {
        Student s = file.student();
        boolean around = caller.municipality() != null && caller.municipality().equals(s.municipality())
                && (isStudent(caller, s) || caller.has(Role.EDUCATION_TEAM) || caller.username().equals(s.personalAdvisor())
                || file.plan().stream().anyMatch(p -> caller.username().equals(p.supervisor())));
        if (!around) {
            throw new ForbiddenException("Only the student and the people around them see handovers and consents");
        }
    }

    private static boolean isStudent(Caller caller, Student s) {
        return caller.has(Role.STUDENT) && caller.studentId() != null && caller.studentId() == s.id()
                && s.municipality().equals(caller.municipality());
    }

    private static boolean consent(EntityManager em, String municipality, long studentId) {
        List<?> rows = em.createNativeQuery("SELECT given FROM msg_consent WHERE municipality = ? AND student_id = ? AND kind = ?")
                .setParameter(1, municipality).setParameter(2, studentId).setParameter(3, HANDOVER_CONSENT).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0)) || (!rows.isEmpty() && rows.get(0) instanceof Number n && n.intValue() == 1);
    }

    private static Optional<StudyPeriod> next(List<StudyPeriod> plan, int seq) {
        return plan.stream().filter(p -> p.kind() == PeriodKind.PLACEMENT && p.seq() > seq)
                .min(Comparator.comparingInt(StudyPeriod::seq));
    }

    private static Handover model(HandoverEntity h, List<StudyPeriod> plan, LocalDate readableFrom, boolean shared) {
        int number = plan.stream().filter(p -> p.seq() == h.placementSeq).map(StudyPeriod::number).findFirst().orElse(0);
        return new Handover(h.id, h.studentId, number, h.author, h.createdAt.toInstant(), readableFrom, shared,
                shared ? h.learnt : null, shared ? h.support : null, shared ? h.nextSiteNotes : null);
    }

    private static boolean valid(String text) {
        return text != null && !text.isBlank() && text.strip().length() <= MAX_TEXT;
    }
}
