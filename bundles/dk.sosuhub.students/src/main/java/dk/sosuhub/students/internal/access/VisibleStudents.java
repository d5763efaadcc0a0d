package dk.sosuhub.students.internal.access;

import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.NeedToKnow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The register as one caller may see it (need to know): the whole municipality for the education team and
 * administrators, only their own students for a supervisor or a student.
 */
@Component(service = VisibleStudents.class)
public class VisibleStudents {

    /** One page of a list and the number of students in it in all. */
    public record Page(long total, List<Student> items) {
    }

    private final StudentService students;
    private final NeedToKnow needToKnow;

    @Activate
    public VisibleStudents(@Reference StudentService students, @Reference NeedToKnow needToKnow) {
        this.students = students;
        this.needToKnow = needToKnow;
    }

    public Page list(Caller caller, String municipality, StudentService.Query query) {
        Optional<Set<Long>> restricted = needToKnow.restrictedTo(caller, municipality);
        if (restricted.isEmpty()) {
            return new Page(students.count(municipality, query), students.list(municipality, query));
        }
        List<Student> mine = new ArrayList<>();
        for (long id : restricted.get()) {
            try {
                Student s = students.get(municipality, id);
                if ((query.programme() == null || query.programme() == s.programme())
                        && (query.status() == null || query.status() == s.status())
                        && (query.startYear() == null || query.startYear() == s.startDate().getYear())) {
                    mine.add(s);
                }
            } catch (NotFoundException goneMeanwhile) {
                // removed between the two reads
            }
        }
        mine.sort(Comparator.comparing(Student::id));
        int from = Math.min(query.offset(), mine.size());
        int to = Math.min(mine.size(), from + query.limit());
        return new Page(mine.size(), List.copyOf(mine.subList(from, to)));
    }
}
