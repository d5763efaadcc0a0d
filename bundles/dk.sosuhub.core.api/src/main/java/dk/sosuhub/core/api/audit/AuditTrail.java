package dk.sosuhub.core.api.audit;

import dk.sosuhub.core.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

import java.time.Instant;
import java.util.List;

/**
 * Every read or change of a student's personal data, through any face of any module. Entries cannot be changed or
 * deleted through the API; entries older than the retention (configuration {@code dk.sosuhub.audit},
 * {@code retention}, default {@code P5Y}) are removed by a daily job. Implemented by the platform.
 */
@ProviderType
public interface AuditTrail {

    enum Action { READ, CREATE, UPDATE, DELETE, EXPORT, ERASE }

    enum Channel { REST, SOAP, PAGE }

    /**
     * @param roles     the caller's roles, comma-separated wire names
     * @param what      the operation, e.g. {@code GET /municipalities/{code}/students/{id}/absences} or
     *                  {@code soap students.getPlan}
     * @param studentId the student concerned; {@code null} for an operation over many (a list, a report)
     */
    record Entry(long id, Instant at, String username, String roles, String municipality, Action action, String what,
                 Long studentId, Channel channel) {
    }

    /** Filters of {@link #find}; null means any. {@code page} counts from 0, {@code size} at most 500. */
    record Query(Long studentId, String username, Instant from, Instant to, int page, int size) {
    }

    record Page(long total, int page, int size, List<Entry> entries) {
    }

    /**
     * Records that {@code caller} did {@code action} on {@code what} in a municipality. Cheap for the request: the
     * entry is written shortly after, in a batch; it survives anything but a crash of the JVM in that moment.
     */
    void record(Caller caller, String municipality, Action action, String what, Long studentId, Channel channel);

    /** The municipality's entries, newest first; a municipality administrator's own, a platform admin's any. */
    Page find(Caller caller, String municipality, Query query);
}
