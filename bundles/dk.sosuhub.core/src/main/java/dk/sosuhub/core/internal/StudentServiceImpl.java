package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.event.StudentEvents;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.internal.persistence.StudyPeriodEntity;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.persistence.StudentEntity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Component(service = StudentService.class)
public class StudentServiceImpl implements StudentService {

    static final int MAX_PAGE = 1000;
    static final int DETACH_EVERY = 50;

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Reference
    private MunicipalityService municipalities;

    @Reference
    private EventPublisher events;

    @Reference
    private StudentDataVersionsImpl versions;

    @Override
    public Student create(String municipality, StudentData data) {
        municipalities.get(municipality);
        StudentData valid = data.validated();
        Student created = Tx.write(jpa, versions, municipality, em -> persist(em, municipality, valid));
        events.post(StudentEvents.HIRED, municipality, created.id(), StudentEvents.DATE, created.startDate().toString());
        return created;
    }

    private static Student persist(EntityManager em, String municipality, StudentData valid) {
        StudentEntity entity = new StudentEntity(municipality);
        entity.assign(valid);
        em.persist(entity);
        em.flush();
        for (StudyPeriod period : StudyPeriod.nominalPlan(valid.programme(), valid.startDate())) {
            em.persist(new StudyPeriodEntity(entity.id(), period));
        }
        return entity.toModel();
    }

    @Override
    public List<Student> createAll(String municipality, List<StudentData> data) {
        municipalities.get(municipality);
        new Validator().require(data != null && !data.isEmpty(), "rows", "at least one student is required")
                .require(data == null || data.size() <= MAX_BULK, "rows", "at most " + MAX_BULK + " students at a time")
                .throwIfInvalid();
        List<ValidationException.FieldError> errors = new ArrayList<>();
        List<StudentData> valid = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            try {
                valid.add(data.get(i).validated());
            } catch (ValidationException e) {
                int row = i + 1;
                e.errors().forEach(f -> errors.add(new ValidationException.FieldError(f.field(), f.message(), row)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Student> all = Tx.write(jpa, versions, municipality, em -> {
            List<Student> created = new ArrayList<>(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                created.add(persist(em, municipality, valid.get(i)));
                if ((i + 1) % DETACH_EVERY == 0) {
                    // without weaving every flush compares all managed entities: keep the set small
                    em.flush();
                    em.clear();
                }
            }
            return created;
        });
        all.forEach(s -> events.post(StudentEvents.HIRED, municipality, s.id(), StudentEvents.DATE, s.startDate().toString()));
        return all;
    }

    @Override
    public Student get(String municipality, long id) {
        return Tx.run(jpa, em -> find(em, municipality, id).toModel());
    }

    @Override
    public Student update(String municipality, long id, StudentData data) {
        StudentData valid = data.validated();
        Student updated = Tx.write(jpa, versions, municipality, em -> {
            StudentEntity entity = find(em, municipality, id);
            entity.assign(valid);
            return entity.toModel();
        });
        events.post(StudentEvents.UPDATED, municipality, id);
        return updated;
    }

    @Override
    public List<Student> list(String municipality, Query query) {
        validate(query);
        return Tx.run(jpa, em -> build(em, municipality, query, StudentEntity.class, "s")
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList().stream().map(StudentEntity::toModel).toList());
    }

    @Override
    public long count(String municipality, Query query) {
        return Tx.run(jpa, em -> build(em, municipality, query, Long.class, "count(s)").getSingleResult());
    }

    /** Looks the student up inside the municipality only, so an id from another municipality is simply not found. */
    static StudentEntity find(EntityManager em, String municipality, long id) {
        StudentEntity entity = em.find(StudentEntity.class, id);
        if (entity == null || !entity.municipality().equals(municipality)) {
            throw new NotFoundException("No student " + id + " in municipality " + municipality);
        }
        return entity;
    }

    private static void validate(Query query) {
        new Validator()
                .require(query.offset() >= 0, "offset", "must not be negative")
                .require(query.limit() > 0 && query.limit() <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .throwIfInvalid();
    }

    private static <T> TypedQuery<T> build(EntityManager em, String municipality, Query query, Class<T> type, String select) {
        StringBuilder jpql = new StringBuilder("select " + select + " from StudentEntity s where s.municipality = :m");
        if (query.programme() != null) {
            jpql.append(" and s.programme = :p");
        }
        if (query.status() != null) {
            jpql.append(" and s.status = :st");
        }
        if (query.startYear() != null) {
            jpql.append(" and s.startDate >= :from and s.startDate < :to");
        }
        if (type != Long.class) {
            jpql.append(" order by s.id");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type).setParameter("m", municipality);
        if (query.programme() != null) {
            q.setParameter("p", query.programme());
        }
        if (query.status() != null) {
            q.setParameter("st", query.status());
        }
        if (query.startYear() != null) {
            q.setParameter("from", LocalDate.of(query.startYear(), 1, 1));
            q.setParameter("to", LocalDate.of(query.startYear() + 1, 1, 1));
        }
        return q;
    }
}
