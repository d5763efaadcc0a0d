package dk.sosuhub.mentoring.internal.data;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.StudentRecords;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.support.StudentSupport;
import dk.sosuhub.mentoring.BuddyProposal;
import dk.sosuhub.mentoring.CheckIn;
import dk.sosuhub.mentoring.Health;
import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.MentoringKpis;
import dk.sosuhub.mentoring.MentoringService;
import dk.sosuhub.mentoring.Outcome;
import dk.sosuhub.mentoring.Relationship;
import dk.sosuhub.mentoring.RelationshipStatus;
import dk.sosuhub.mentoring.Scheme;
import dk.sosuhub.mentoring.Suggestion;
import dk.sosuhub.mentoring.internal.MentoringModule;
import dk.sosuhub.mentoring.internal.Rules;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import javax.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mentoring data. A new-graduate mentorship that reaches its end date closes as FUNCTIONING_WELL: every call
 * first settles the municipality's relationships whose end date has come (one UPDATE in the same transaction), so
 * what is read, counted and checked is always the state of today, with no scheduler to miss a day.
 */
@Component(service = {MentoringService.class, StudentSupport.class}, configurationPid = MentoringServiceImpl.PID)
@Designate(ocd = MentoringServiceImpl.Config.class)
public class MentoringServiceImpl implements MentoringService, StudentSupport {

    public static final String PID = "dk.sosuhub.mentoring";

    @ObjectClassDefinition(name = "SOSU Hub mentoring")
    public @interface Config {
        @AttributeDefinition(description = "Weeks without a check-in after which an active relationship needs one")
        int checkInWeeks() default 3;
    }

    private static final Set<Role> STAFF = EnumSet.of(Role.PLATFORM_ADMIN, Role.MUNICIPALITY_ADMIN, Role.EDUCATION_TEAM,
            Role.INTEGRATOR);
    private static final Set<RelationshipStatus> OPEN = EnumSet.of(RelationshipStatus.REFERRED, RelationshipStatus.ACTIVE);

    private final JpaTemplate jpa;
    private final MunicipalityService municipalities;
    private final StudentService students;
    private final LifecycleService lifecycle;
    private final StudentRecords records;
    private final Clock clock = Denmark.CLOCK;
    private volatile int checkInWeeks;

    @Activate
    public MentoringServiceImpl(@Reference(target = "(osgi.unit.name=sosuhub-mentoring)") JpaTemplate jpa,
                                @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + MentoringModule.ID + ")") ModuleSchema schema,
                                @Reference MunicipalityService municipalities, @Reference StudentService students,
                                @Reference LifecycleService lifecycle, @Reference StudentRecords records, Config config) {
        this.jpa = jpa;
        this.municipalities = municipalities;
        this.students = students;
        this.lifecycle = lifecycle;
        this.records = records;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        if (config.checkInWeeks() < 1 || config.checkInWeeks() > 52) {
            throw new IllegalArgumentException("checkInWeeks must be 1 to 52, not " + config.checkInWeeks());
        }
        checkInWeeks = config.checkInWeeks();
    }

    @Override
    public int checkInWeeks() { return checkInWeeks; }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Closes the new-graduate mentorships whose three months have run out, as FUNCTIONING_WELL on their end date. Reads
     * first and updates only the rows due, by id, so that the common case takes no write locks.
     */
    private void settle(EntityManager em, String municipality) {
        List<Long> due = em.createQuery("select r.id from RelationshipEntity r where r.municipality = :m and r.status = :active"
                        + " and r.endDate is not null and r.endDate <= :today", Long.class)
                .setParameter("m", municipality).setParameter("active", RelationshipStatus.ACTIVE)
                .setParameter("today", today()).getResultList();
        for (long id : due) {
            RelationshipEntity r = em.find(RelationshipEntity.class, id);
            if (r != null && r.status() == RelationshipStatus.ACTIVE) {
                r.close(r.endDate(), Outcome.FUNCTIONING_WELL);
            }
        }
        if (!due.isEmpty()) {
            em.flush();
        }
    }

    // --- mentors

    @Override
    public List<Mentor> mentors(String municipality) {
        municipalities.get(municipality);
        return Tx.run(jpa, em -> {
            settle(em, municipality);
            Map<Long, Integer> loads = loads(em, municipality);
            return mentorEntities(em, municipality).stream().map(e -> e.toModel(loads.getOrDefault(e.id(), 0))).toList();
        });
    }

    private static List<MentorEntity> mentorEntities(EntityManager em, String municipality) {
        return em.createQuery("select m from MentorEntity m where m.municipality = :m order by m.name, m.id",
                MentorEntity.class).setParameter("m", municipality).getResultList();
    }

    /** Active mentees per mentor. */
    private static Map<Long, Integer> loads(EntityManager em, String municipality) {
        Map<Long, Integer> loads = new HashMap<>();
        em.createQuery("select r.mentorId, count(r) from RelationshipEntity r where r.municipality = :m and r.status = :s"
                        + " group by r.mentorId", Object[].class).setParameter("m", municipality)
                .setParameter("s", RelationshipStatus.ACTIVE).getResultList()
                .forEach(row -> loads.put((Long) row[0], ((Number) row[1]).intValue()));
        return loads;
    }

    @Override
    public Mentor mentor(String municipality, long id) {
        return Tx.run(jpa, em -> {
            settle(em, municipality);
            return mentor(em, municipality, id).toModel(loads(em, municipality).getOrDefault(id, 0));
        });
    }

    private static MentorEntity mentor(EntityManager em, String municipality, long id) {
        MentorEntity m = em.find(MentorEntity.class, id);
        if (m == null || !m.municipality().equals(municipality)) {
            throw new NotFoundException("No mentor " + id + " in municipality " + municipality);
        }
        return m;
    }

    @Override
    public Mentor createMentor(String municipality, Mentor mentor) {
        municipalities.get(municipality);
        Mentor valid = Rules.mentor(mentor);
        long id = Tx.run(jpa, em -> {
            MentorEntity e = new MentorEntity(municipality);
            e.assign(valid);
            em.persist(e);
            em.flush();
            return e.id();
        });
        return mentor(municipality, id);
    }

    @Override
    public Mentor updateMentor(String municipality, long id, Mentor mentor) {
        mentor(municipality, id);
        Mentor valid = Rules.mentor(mentor);
        Tx.run(jpa, em -> {
            settle(em, municipality);
            MentorEntity e = mentor(em, municipality, id);
            int load = loads(em, municipality).getOrDefault(id, 0);
            if (valid.capacity() < load) {
                throw new ConflictException("The mentor has " + load + " active mentees; the capacity cannot be lower",
                        List.of("capacity " + valid.capacity() + " < " + load));
            }
            e.assign(valid);
            return null;
        });
        return mentor(municipality, id);
    }

    @Override
    public void deleteMentor(String municipality, long id) {
        Tx.run(jpa, em -> {
            MentorEntity e = mentor(em, municipality, id);
            List<Long> named = em.createQuery("select r.id from RelationshipEntity r where r.mentorId = :id order by r.id",
                    Long.class).setParameter("id", id).getResultList();
            if (!named.isEmpty()) {
                throw new ConflictException("Mentoring relationships name the mentor; set the mentor inactive instead",
                        named.stream().map(r -> "relationship " + r).toList());
            }
            em.remove(e);
            return null;
        });
    }

    // --- relationships

    @Override
    public List<Relationship> relationships(String municipality, Filter filter, Caller caller) {
        municipalities.get(municipality);
        Filter f = filter == null ? Filter.all() : filter;
        return Tx.run(jpa, em -> {
            settle(em, municipality);
            Visibility visible = visibility(em, municipality, caller);
            List<RelationshipEntity> list = em.createQuery("select r from RelationshipEntity r where r.municipality = :m"
                    + " order by r.referredOn, r.id", RelationshipEntity.class).setParameter("m", municipality).getResultList()
                    .stream().filter(r -> (f.scheme() == null || r.scheme() == f.scheme())
                            && (f.status() == null || r.status() == f.status())
                            && (f.studentId() == null || r.studentId() == f.studentId())
                            && (f.mentorId() == null || f.mentorId().equals(r.mentorId()))
                            && visible.sees(r)).toList();
            return models(em, municipality, list);
        });
    }

    @Override
    public Relationship relationship(String municipality, long id, Caller caller) {
        return Tx.run(jpa, em -> {
            settle(em, municipality);
            RelationshipEntity r = visible(em, municipality, id, caller);
            return models(em, municipality, List.of(r)).get(0);
        });
    }

    /** What a caller may see: staff everything; a mentor their mentees; a student their own. */
    private record Visibility(boolean all, Set<Long> mentorIds, Long studentId) {
        boolean sees(RelationshipEntity r) {
            return all || (r.mentorId() != null && mentorIds.contains(r.mentorId()))
                    || (studentId != null && studentId == r.studentId());
        }
    }

    private static Visibility visibility(EntityManager em, String municipality, Caller caller) {
        if (caller == null || caller.roles().stream().anyMatch(STAFF::contains)) {
            return new Visibility(true, Set.of(), null);
        }
        Set<Long> own = new HashSet<>();
        if (caller.has(Role.MENTOR)) {
            em.createQuery("select m.id from MentorEntity m where m.municipality = :m and m.username = :u", Long.class)
                    .setParameter("m", municipality).setParameter("u", caller.username()).getResultList().forEach(own::add);
        }
        return new Visibility(false, own, caller.has(Role.STUDENT) ? caller.studentId() : null);
    }

    private static RelationshipEntity visible(EntityManager em, String municipality, long id, Caller caller) {
        RelationshipEntity r = em.find(RelationshipEntity.class, id);
        if (r == null || !r.municipality().equals(municipality) || !visibility(em, municipality, caller).sees(r)) {
            throw new NotFoundException("No mentoring relationship " + id + " in municipality " + municipality);
        }
        return r;
    }

    private static RelationshipEntity relationship(EntityManager em, String municipality, long id) {
        return visible(em, municipality, id, null);
    }

    private List<Relationship> models(EntityManager em, String municipality, List<RelationshipEntity> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> studentNames = new HashMap<>();
        for (Object row : em.createNativeQuery("select id, name from student where municipality = ?1")
                .setParameter(1, municipality).getResultList()) {
            Object[] r = (Object[]) row;
            studentNames.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        Map<Long, String> mentorNames = new HashMap<>();
        mentorEntities(em, municipality).forEach(m -> mentorNames.put(m.id(), m.name()));
        Map<Long, LocalDate> last = new HashMap<>();
        em.createQuery("select c.relationshipId, max(c.date) from CheckInEntity c, RelationshipEntity r"
                        + " where r.id = c.relationshipId and r.municipality = :m group by c.relationshipId", Object[].class)
                .setParameter("m", municipality).getResultList()
                .forEach(row -> last.put(((Number) row[0]).longValue(), (LocalDate) row[1]));
        LocalDate today = today();
        int weeks = checkInWeeks;
        return list.stream().map(r -> {
            LocalDate lastCheckIn = last.get(r.id());
            Health health = r.status() == RelationshipStatus.ACTIVE
                    ? Rules.health(r.startedOn(), lastCheckIn, today, weeks) : null;
            return new Relationship(r.id(), r.scheme(), r.studentId(), studentNames.get(r.studentId()), r.mentorId(),
                    r.mentorId() == null ? null : mentorNames.get(r.mentorId()), r.status(), r.referredOn(), r.startedOn(),
                    r.endDate(), r.closedOn(), r.withdrawnOn(), r.outcome(), health, lastCheckIn, r.needs());
        }).toList();
    }

    @Override
    public Relationship refer(String municipality, Scheme scheme, long studentId, Long mentorId, LocalDate referredOn,
                              List<String> supportNeeds) {
        municipalities.get(municipality);
        Validator v = new Validator();
        v.requirePresent(scheme, "scheme");
        v.requirePresent(referredOn, "referredOn");
        v.require(referredOn == null || !referredOn.isBefore(LocalDate.of(1990, 1, 1)), "referredOn", "must be in 1990 or later");
        v.require(referredOn == null || !referredOn.isAfter(today()), "referredOn", "must not be in the future");
        Student student = null;
        try {
            student = students.get(municipality, studentId);
        } catch (NotFoundException e) {
            v.require(false, "studentId", "no student " + studentId + " in municipality " + municipality);
        }
        Rules.tags(v, "supportNeeds", supportNeeds);
        v.throwIfInvalid();
        List<String> needs = Rules.normalised(supportNeeds);
        Student s = student;
        long id = Tx.run(jpa, em -> {
            settle(em, municipality);
            if (mentorId != null) {
                usableMentor(em, municipality, mentorId, scheme);
            }
            if (scheme == Scheme.NEW_GRADUATE_MENTOR) {
                if (s.status() != StudentStatus.COMPLETED || s.employment() == null) {
                    throw new ConflictException("A mentor for new graduates is for a student the municipality hired after"
                            + " completion; student " + studentId + " is " + s.status()
                            + (s.employment() == null ? " and not hired" : ""), List.of("student " + studentId));
                }
            } else if (s.status() != StudentStatus.ACTIVE) {
                throw new ConflictException("Student " + studentId + " is " + s.status() + "; only an active student can"
                        + " be referred to a " + scheme.label().toLowerCase(), List.of("student " + studentId));
            }
            List<Long> open = em.createQuery("select r.id from RelationshipEntity r where r.studentId = :s and r.scheme = :k"
                            + " and r.status in :open", Long.class).setParameter("s", studentId).setParameter("k", scheme)
                    .setParameter("open", OPEN).getResultList();
            if (!open.isEmpty()) {
                throw new ConflictException("Student " + studentId + " already has an open " + scheme + " relationship",
                        open.stream().map(r -> "relationship " + r).toList());
            }
            RelationshipEntity e = new RelationshipEntity(municipality, scheme, studentId, mentorId, referredOn, needs);
            em.persist(e);
            em.flush();
            return e.id();
        });
        return relationship(municipality, id, null);
    }

    /** The mentor of the municipality, active and offering the scheme; else a validation error on mentorId. */
    private static MentorEntity usableMentor(EntityManager em, String municipality, long mentorId, Scheme scheme) {
        MentorEntity m = em.find(MentorEntity.class, mentorId);
        if (m == null || !m.municipality().equals(municipality)) {
            throw new ValidationException("mentorId", "no mentor " + mentorId + " in municipality " + municipality);
        }
        if (!m.active()) {
            throw new ValidationException("mentorId", "mentor " + mentorId + " is not active");
        }
        if (!m.schemeList().contains(scheme)) {
            throw new ValidationException("mentorId", "mentor " + mentorId + " does not offer " + scheme);
        }
        return m;
    }

    @Override
    public Relationship start(String municipality, long id, LocalDate date, Long mentorId) {
        // the register is read before the module's transaction, which then holds no locks while core works
        long studentId = Tx.run(jpa, em -> relationship(em, municipality, id).studentId());
        Student s = students.get(municipality, studentId);
        Tx.run(jpa, em -> {
            settle(em, municipality);
            RelationshipEntity r = relationship(em, municipality, id);
            requireStatus(r, RelationshipStatus.REFERRED, "started");
            Validator v = new Validator();
            v.requirePresent(date, "date");
            v.require(date == null || !date.isBefore(r.referredOn()), "date", "must not be before referredOn " + r.referredOn());
            v.require(date == null || !date.isAfter(today()), "date", "must not be in the future");
            Long chosen = mentorId != null ? mentorId : r.mentorId();
            v.require(chosen != null, "mentorId", "is required: the referral names no mentor");
            if (r.scheme() == Scheme.NEW_GRADUATE_MENTOR && date != null && s.employment() != null) {
                v.require(!date.isBefore(s.employment().date()), "date",
                        "must not be before the student's employment on " + s.employment().date());
            }
            v.throwIfInvalid();
            MentorEntity m = usableMentor(em, municipality, chosen, r.scheme());
            List<Long> active = em.createQuery("select r.id from RelationshipEntity r where r.mentorId = :m and r.status = :s"
                    + " order by r.id", Long.class).setParameter("m", chosen).setParameter("s", RelationshipStatus.ACTIVE)
                    .getResultList();
            if (active.size() >= m.capacity()) {
                throw new ConflictException("Mentor " + chosen + " already has " + active.size() + " active mentees, the"
                        + " capacity", active.stream().map(a -> "relationship " + a).toList());
            }
            LocalDate end = r.scheme() == Scheme.NEW_GRADUATE_MENTOR ? date.plusMonths(Rules.NEW_GRADUATE_MONTHS) : null;
            r.start(date, chosen, end);
            return null;
        });
        return relationship(municipality, id, null);
    }

    private static void requireStatus(RelationshipEntity r, RelationshipStatus expected, String verb) {
        if (r.status() != expected) {
            throw new ConflictException("Relationship " + r.id() + " is " + r.status() + "; only a " + expected
                    + " relationship can be " + verb, List.of("relationship " + r.id() + " " + r.status()));
        }
    }

    @Override
    public Relationship close(String municipality, long id, LocalDate date, Outcome outcome) {
        Tx.run(jpa, em -> {
            settle(em, municipality);
            RelationshipEntity r = relationship(em, municipality, id);
            requireStatus(r, RelationshipStatus.ACTIVE, "closed");
            Validator v = new Validator();
            v.requirePresent(date, "date");
            v.requirePresent(outcome, "outcome");
            v.require(date == null || !date.isBefore(r.startedOn()), "date", "must not be before startedOn " + r.startedOn());
            v.require(date == null || !date.isAfter(today()), "date", "must not be in the future");
            v.throwIfInvalid();
            r.close(date, outcome);
            return null;
        });
        return relationship(municipality, id, null);
    }

    @Override
    public Relationship withdraw(String municipality, long id, LocalDate date) {
        Tx.run(jpa, em -> {
            settle(em, municipality);
            RelationshipEntity r = relationship(em, municipality, id);
            requireStatus(r, RelationshipStatus.REFERRED, "withdrawn");
            Validator v = new Validator();
            v.requirePresent(date, "date");
            v.require(date == null || !date.isBefore(r.referredOn()), "date", "must not be before referredOn " + r.referredOn());
            v.throwIfInvalid();
            r.withdraw(date);
            return null;
        });
        return relationship(municipality, id, null);
    }

    // --- check-ins

    @Override
    public CheckIn addCheckIn(String municipality, long relationshipId, CheckIn checkIn, Caller caller) {
        return Tx.run(jpa, em -> {
            settle(em, municipality);
            RelationshipEntity r = visible(em, municipality, relationshipId, caller);
            if (caller != null && caller.has(Role.STUDENT) && caller.roles().stream().noneMatch(STAFF::contains)
                    && !caller.has(Role.MENTOR)) {
                throw new dk.sosuhub.core.api.error.ForbiddenException("A student reads the check-ins; the mentor writes them");
            }
            requireStatus(r, RelationshipStatus.ACTIVE, "given a check-in");
            CheckIn c = checkIn == null ? new CheckIn(null, relationshipId, null, null, null) : checkIn;
            Validator v = new Validator();
            v.requirePresent(c.date(), "date");
            v.require(c.date() == null || !c.date().isBefore(r.startedOn()), "date",
                    "must not be before the relationship started on " + r.startedOn());
            v.require(c.date() == null || !c.date().isAfter(today()), "date", "must not be in the future");
            v.require(c.minutes() == null || (c.minutes() >= 1 && c.minutes() <= 1440), "minutes", "1 to 1440, or null");
            v.require(c.note() == null || c.note().length() <= 2000, "note", "must be at most 2000 characters");
            v.throwIfInvalid();
            CheckInEntity e = new CheckInEntity(relationshipId, c.date(), c.minutes(),
                    c.note() == null || c.note().isBlank() ? null : c.note().strip());
            em.persist(e);
            em.flush();
            return e.toModel();
        });
    }

    @Override
    public List<CheckIn> checkIns(String municipality, long relationshipId, Caller caller) {
        return Tx.run(jpa, em -> {
            visible(em, municipality, relationshipId, caller);
            return em.createQuery("select c from CheckInEntity c where c.relationshipId = :r order by c.date, c.id",
                    CheckInEntity.class).setParameter("r", relationshipId).getResultList().stream()
                    .map(CheckInEntity::toModel).toList();
        });
    }

    // --- matching

    @Override
    public List<Suggestion> suggestions(String municipality, long studentId, Scheme scheme, List<String> needs,
                                        LocalDate date) {
        Validator v = new Validator();
        v.requirePresent(scheme, "scheme");
        Rules.tags(v, "needs", needs);
        v.throwIfInvalid();
        students.get(municipality, studentId);
        LocalDate day = date == null ? today() : date;
        StudyPeriod placement = Rules.placementAt(lifecycle.plan(municipality, studentId), day);
        return Tx.run(jpa, em -> {
            settle(em, municipality);
            List<String> wanted = needs == null || needs.isEmpty() ? latestNeeds(em, studentId) : Rules.normalised(needs);
            return Rules.rank(scheme, candidates(em, municipality), placement == null ? null : placement.site(),
                    placement == null ? null : placement.supervisor(), wanted);
        });
    }

    /** The support needs of the student's latest relationship that names any. */
    private static List<String> latestNeeds(EntityManager em, long studentId) {
        return em.createQuery("select r from RelationshipEntity r where r.studentId = :s order by r.referredOn desc, r.id desc",
                        RelationshipEntity.class).setParameter("s", studentId).getResultList().stream()
                .map(RelationshipEntity::needs).filter(n -> !n.isEmpty()).findFirst().orElse(List.of());
    }

    private static List<Rules.Candidate> candidates(EntityManager em, String municipality) {
        Map<Long, Integer> loads = loads(em, municipality);
        return mentorEntities(em, municipality).stream().map(m -> {
            int load = loads.getOrDefault(m.id(), 0);
            return new Rules.Candidate(m.toModel(load), load);
        }).toList();
    }

    @Override
    public BuddyProposal autoBuddies(String municipality, LocalDate date, boolean accept) {
        if (date == null) {
            throw new ValidationException("date", "is required");
        }
        municipalities.get(municipality);
        List<StudentRecords.StudentRecord> starting = new ArrayList<>();
        for (StudentRecords.StudentRecord r : records.enrolled(municipality, date)) {
            if (r.plan().stream().anyMatch(p -> p.kind() == PeriodKind.PLACEMENT && p.startDate().equals(date))) {
                starting.add(r);
            }
        }
        if (accept && date.isAfter(today())) {
            throw new ValidationException("date", "a proposal for a future date can be seen, not accepted before the day");
        }
        return Tx.run(jpa, em -> {
            settle(em, municipality);
            Set<Long> withBuddy = new HashSet<>(em.createQuery("select r.studentId from RelationshipEntity r where"
                    + " r.municipality = :m and r.scheme = :k and r.status in :open", Long.class)
                    .setParameter("m", municipality).setParameter("k", Scheme.BUDDY).setParameter("open", OPEN)
                    .getResultList());
            Map<Long, Integer> extra = new HashMap<>();
            List<BuddyProposal.Proposal> proposals = new ArrayList<>();
            List<BuddyProposal.Unmatched> without = new ArrayList<>();
            List<Rules.Candidate> base = candidates(em, municipality);
            for (StudentRecords.StudentRecord r : starting) {
                Student s = r.student();
                if (withBuddy.contains(s.id())) {
                    continue;
                }
                StudyPeriod placement = Rules.placementAt(r.plan(), date);
                List<Rules.Candidate> now = base.stream().map(c -> new Rules.Candidate(c.mentor(),
                        c.load() + extra.getOrDefault(c.mentor().id(), 0))).toList();
                List<Suggestion> ranked = Rules.rank(Scheme.BUDDY, now, placement.site(), placement.supervisor(),
                        latestNeeds(em, s.id()));
                if (ranked.isEmpty()) {
                    without.add(new BuddyProposal.Unmatched(s.id(), s.name(), placement.site()));
                    continue;
                }
                Suggestion best = ranked.get(0);
                extra.merge(best.mentorId(), 1, Integer::sum);
                Long relationshipId = null;
                if (accept) {
                    RelationshipEntity e = new RelationshipEntity(municipality, Scheme.BUDDY, s.id(), best.mentorId(), date,
                            List.of());
                    e.start(date, best.mentorId(), null);
                    em.persist(e);
                    em.flush();
                    relationshipId = e.id();
                }
                proposals.add(new BuddyProposal.Proposal(s.id(), s.name(), placement.site(), best.mentorId(), best.name(),
                        best.score(), best.reasons(), relationshipId));
            }
            return new BuddyProposal(date, accept, proposals, without);
        });
    }

    // --- key figures

    @Override
    public MentoringKpis kpis(String municipality, Scheme scheme, LocalDate from, LocalDate to) {
        municipalities.get(municipality);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from");
        }
        List<RelationshipEntity> all = Tx.run(jpa, em -> {
            settle(em, municipality);
            return em.createQuery("select r from RelationshipEntity r where r.municipality = :m order by r.id",
                    RelationshipEntity.class).setParameter("m", municipality).getResultList();
        });
        List<RelationshipEntity> inPeriod = all.stream().filter(r -> (from == null || !r.referredOn().isBefore(from))
                && (to == null || !r.referredOn().isAfter(to))).toList();
        List<RelationshipEntity> of = inPeriod.stream().filter(r -> scheme == null || r.scheme() == scheme).toList();
        int started = 0;
        int closed = 0;
        int successful = 0;
        int active = 0;
        long days = 0;
        for (RelationshipEntity r : of) {
            if (r.startedOn() != null) {
                started++;
                days += ChronoUnit.DAYS.between(r.referredOn(), r.startedOn());
            }
            if (r.status() == RelationshipStatus.CLOSED) {
                closed++;
                if (r.outcome() != null && r.outcome().successful()) {
                    successful++;
                }
            }
            if (r.status() == RelationshipStatus.ACTIVE) {
                active++;
            }
        }
        BigDecimal meanWeeks = started == 0 ? null
                : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7L * started), 1, RoundingMode.HALF_UP);
        return new MentoringKpis(scheme, from, to, of.size(), started, closed, successful, Rules.rate(successful, closed),
                active, meanWeeks, retention(municipality, inPeriod));
    }

    /** Dropout of students whose retention-mentor course started against the rest of the same cohorts. */
    private MentoringKpis.RetentionComparison retention(String municipality, List<RelationshipEntity> inPeriod) {
        Set<Long> mentored = new HashSet<>();
        inPeriod.stream().filter(r -> r.scheme() == Scheme.RETENTION_MENTOR && r.startedOn() != null)
                .forEach(r -> mentored.add(r.studentId()));
        Map<String, Cohort> cohorts = new LinkedHashMap<>();
        for (long id : new TreeSet<>(mentored)) {
            Student s = students.get(municipality, id);
            cohorts.putIfAbsent(s.programme() + " " + s.startDate().getYear(),
                    new Cohort(s.programme(), s.startDate().getYear()));
        }
        int with = 0;
        int withDropped = 0;
        int without = 0;
        int withoutDropped = 0;
        for (Cohort c : cohorts.values()) {
            for (int offset = 0; ; offset += 1000) {
                List<Student> page = students.list(municipality, new StudentService.Query(c.programme(), null, c.year(), offset, 1000));
                for (Student s : page) {
                    boolean dropped = s.status() == StudentStatus.DROPPED_OUT;
                    if (mentored.contains(s.id())) {
                        with++;
                        withDropped += dropped ? 1 : 0;
                    } else {
                        without++;
                        withoutDropped += dropped ? 1 : 0;
                    }
                }
                if (page.size() < 1000) {
                    break;
                }
            }
        }
        List<String> names = new ArrayList<>(cohorts.keySet());
        names.sort(Comparator.naturalOrder());
        return new MentoringKpis.RetentionComparison(names, with, withDropped, Rules.rate(withDropped, with), without,
                withoutDropped, Rules.rate(withoutDropped, without));
    }

    private record Cohort(Programme programme, int year) {
    }

    // --- StudentSupport: what the kpi module's early warnings show

    @Override
    public String moduleId() { return MentoringModule.ID; }

    @Override
    public List<Measure> open(String municipality, Collection<Long> studentIds, LocalDate date) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = new HashSet<>(studentIds);
        List<RelationshipEntity> list = Tx.run(jpa, em -> {
            settle(em, municipality);
            return em.createQuery("select r from RelationshipEntity r where r.municipality = :m order by r.id",
                    RelationshipEntity.class).setParameter("m", municipality).getResultList();
        });
        List<Measure> out = new ArrayList<>();
        for (RelationshipEntity r : list) {
            if (!wanted.contains(r.studentId()) || r.referredOn().isAfter(date)
                    || (r.withdrawnOn() != null && !r.withdrawnOn().isAfter(date))
                    || (r.closedOn() != null && !r.closedOn().isAfter(date))) {
                continue;
            }
            boolean started = r.startedOn() != null && !r.startedOn().isAfter(date);
            out.add(new Measure(r.studentId(), r.scheme().name(), started ? Status.ACTIVE : Status.REFERRED,
                    started ? r.startedOn() : r.referredOn()));
        }
        return out;
    }
}
