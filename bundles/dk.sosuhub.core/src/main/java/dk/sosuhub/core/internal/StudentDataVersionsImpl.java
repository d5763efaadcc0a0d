package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.event.StudentDataVersions;
import org.osgi.service.component.annotations.Component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The municipalities' student-record versions, in memory: a counter per municipality on top of a random start, so
 * that a version seen before a restart of this service is never taken for a current one. Core's writes change it
 * through {@link Tx#write} once their transaction has ended.
 */
@Component(service = {StudentDataVersions.class, StudentDataVersionsImpl.class})
public class StudentDataVersionsImpl implements StudentDataVersions {

    private final long start = ThreadLocalRandom.current().nextLong();
    private final ConcurrentHashMap<String, AtomicLong> writes = new ConcurrentHashMap<>();

    @Override
    public long version(String municipality) {
        AtomicLong n = writes.get(municipality);
        return start + (n == null ? 0 : n.get());
    }

    /** The municipality's records may have changed: called after the write's transaction, before it returns. */
    public void changed(String municipality) {
        writes.computeIfAbsent(String.valueOf(municipality), m -> new AtomicLong()).incrementAndGet();
    }
}
