package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.messages.NotificationKind;
import dk.sosuhub.messages.internal.Participation;

import javax.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Records who is to be told of what, in the transaction of the change itself. */
final class Notifications {

    private Notifications() {
    }

    static void add(EntityManager em, Collection<String> usernames, String except, NotificationKind kind, Student student,
                    Long conversationId, Long messageId, Long handoverId, Instant availableAt) {
        for (String username : new LinkedHashSet<>(usernames)) {
            if (username != null && !username.equals(except)) {
                em.persist(new NotificationEntity(student.municipality(), username, kind.name(), student.id(), conversationId,
                        messageId, handoverId, availableAt));
            }
        }
    }

    /** Who follows a student by default: the personal advisor and the supervisor of the current placement. */
    static Set<String> followers(Student student, List<StudyPeriod> plan, LocalDate today) {
        Set<String> followers = new LinkedHashSet<>();
        if (student.personalAdvisor() != null) {
            followers.add(student.personalAdvisor());
        }
        Participation.currentSupervisor(plan, today).ifPresent(followers::add);
        return followers;
    }
}
