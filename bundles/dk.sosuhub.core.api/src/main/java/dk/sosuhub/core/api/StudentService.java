package dk.sosuhub.core.api;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.StudentStatus;

import java.util.List;

/**
 * The student register. Every method takes the municipality code and only ever sees that municipality's
 * students; the caller's right to that municipality is checked before (see AccessControl).
 */
public interface StudentService {

    /** Filter for {@link #list}; null fields match everything. */
    record Query(Programme programme, StudentStatus status, Integer startYear, int offset, int limit) {
        public static Query all() {
            return new Query(null, null, null, 0, 1000);
        }
    }

    Student create(String municipality, StudentData data);

    /** At most this many students in one {@link #createAll}. */
    int MAX_BULK = 10_000;

    /**
     * Creates all the students in one transaction, or none: if any is invalid, the ValidationException lists
     * every invalid field with {@code row} = its index in {@code data} + 1.
     */
    List<Student> createAll(String municipality, List<StudentData> data);

    /** @throws dk.sosuhub.core.api.error.NotFoundException if the student is not in this municipality */
    Student get(String municipality, long id);

    /** Replaces the student's fields with {@code data} (all required fields must be present). */
    Student update(String municipality, long id, StudentData data);

    List<Student> list(String municipality, Query query);

    long count(String municipality, Query query);
}
