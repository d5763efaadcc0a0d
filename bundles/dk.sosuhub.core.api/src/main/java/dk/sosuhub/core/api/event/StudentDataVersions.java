package dk.sosuhub.core.api.event;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A version of each municipality's student records (students, their plans, absences, talks and status events) that
 * changes with every write, for a module that keeps figures derived from those records and must never show them
 * stale. Unlike {@link StudentEvents}, which are posted asynchronously, the version has changed before the write
 * returns to its caller (and so before its answer is sent), and only after its transaction has committed: figures
 * computed from queries started after reading version {@code v} reflect every write whose answer was given while
 * the version was still {@code v}. Implemented by the platform.
 */
@ProviderType
public interface StudentDataVersions {

    /**
     * The municipality's current version. Compare for equality only: it is not a count of writes, and it starts
     * from a new value whenever the platform (re)starts the service.
     */
    long version(String municipality);
}
