package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.core.api.security.UserService.User;
import dk.sosuhub.messages.internal.MessagesModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The people around a student, read from core: the record, the plan, the municipality's users; and today. */
@Component(service = People.class)
public class People {

    /** Local time of the platform's municipalities. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** Reads users of any municipality; never writes. */
    private static final Caller READER = new Caller(MessagesModule.ID, Set.of(Role.PLATFORM_ADMIN), null);

    @Reference
    StudentService students;

    @Reference
    LifecycleService lifecycle;

    @Reference
    UserService users;

    Clock clock = Clock.system(ZONE);

    /** A student with the plan. */
    public record StudentFile(Student student, List<StudyPeriod> plan) {
    }

    /** @throws dk.sosuhub.core.api.error.NotFoundException when the student is not in the municipality */
    StudentFile file(String municipality, long studentId) {
        return new StudentFile(students.get(municipality, studentId), lifecycle.plan(municipality, studentId));
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
