package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.core.api.security.UserService.User;
import dk.sosuhub.messages.internal.MessagesModule;
import dk.sosuhub.core.api.event.StudentEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;

/** The people around a student, read from core: the record, the plan, the municipality's users; and today. */
@Component(service = {People.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + StudentEvents.TOPIC_PREFIX + "*")
public class People implements EventHandler {

    /** How long a student's record and plan are reused without asking core; any event about the student evicts it. */
    static final long FILE_TTL_MILLIS = 5_000;

    /** Reads users of any municipality; never writes. */
    private static final Caller READER = new Caller(MessagesModule.ID, Set.of(Role.PLATFORM_ADMIN), null);

    @Reference
    StudentService students;

    @Reference
    LifecycleService lifecycle;

    @Reference
    UserService users;

    Clock clock = Denmark.CLOCK;

    /** A student with the plan. */
    public record StudentFile(Student student, List<StudyPeriod> plan) {
    }

    private record Cached(StudentFile file, long at) {
    }

    private final Map<String, Cached> files = new ConcurrentHashMap<>();

    /**
     * The student's record and plan, reused for a few seconds (pages poll every second) and evicted by any event
     * core posts about the student (a changed plan, a new advisor).
     *
     * @throws dk.sosuhub.core.api.error.NotFoundException when the student is not in the municipality
     */
    StudentFile file(String municipality, long studentId) {
        String key = municipality + "/" + studentId;
        long now = System.currentTimeMillis();
        Cached cached = files.get(key);
        if (cached != null && now - cached.at() < FILE_TTL_MILLIS) {
            return cached.file();
        }
        StudentFile file = new StudentFile(students.get(municipality, studentId), lifecycle.plan(municipality, studentId));
        files.put(key, new Cached(file, now));
        return file;
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(StudentEvents.STUDENT_ID);
        files.remove(event.getProperty(StudentEvents.MUNICIPALITY) + "/" + id);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    java.time.Instant now() {
        return clock.instant();
    }

    List<User> usersOf(String municipality) {
        return users.list(READER, municipality);
    }

    Optional<User> user(String username) {
        return users.get(READER, username);
    }
}
