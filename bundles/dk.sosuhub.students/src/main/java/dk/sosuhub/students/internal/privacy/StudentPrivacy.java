package dk.sosuhub.students.internal.privacy;

import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.gdpr.PersonalData;
import dk.sosuhub.core.api.gdpr.StudentErasure;
import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.ProgrammeSwitch;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A student's GDPR rights over the whole platform: the register's own data plus what every installed module says
 * it holds ({@link PersonalData}), and erasure across all of them.
 */
@Component(service = StudentPrivacy.class)
public class StudentPrivacy {

    private static final Logger LOG = LoggerFactory.getLogger(StudentPrivacy.class);

    /** Everything the platform holds about one student. */
    public record Export(Instant exportedAt, Student student, List<StudyPeriod> plan, List<Absence> absences,
                         List<Talk> talks, ProgrammeSwitch programmeSwitch, Map<String, Object> modules) {
    }

    private final StudentService students;
    private final LifecycleService lifecycle;
    private final StudentErasure erasure;
    private final List<PersonalData> modules = new CopyOnWriteArrayList<>();

    @Activate
    public StudentPrivacy(@Reference StudentService students, @Reference LifecycleService lifecycle,
                          @Reference StudentErasure erasure) {
        this.students = students;
        this.lifecycle = lifecycle;
        this.erasure = erasure;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(PersonalData module) {
        modules.add(module);
    }

    void removeModule(PersonalData module) {
        modules.remove(module);
    }

    public Export export(String municipality, long studentId) {
        Student student = students.get(municipality, studentId);
        Map<String, Object> parts = new TreeMap<>();
        for (PersonalData module : modules) {
            Object part = module.export(municipality, studentId);
            if (part != null) {
                parts.put(module.module(), part);
            }
        }
        return new Export(Instant.now(), student, lifecycle.plan(municipality, studentId),
                lifecycle.absences(municipality, studentId), lifecycle.talks(municipality, studentId),
                lifecycle.programmeSwitch(municipality, studentId).orElse(null), parts);
    }

    /** The modules first, then the register: a failure leaves the register's record to erase again. */
    public Student erase(String municipality, long studentId) {
        students.get(municipality, studentId);
        for (PersonalData module : modules) {
            module.erase(municipality, studentId);
        }
        erasure.erase(municipality, studentId);
        LOG.info("Erased the identifying data of student {} in {} ({} modules asked)", studentId, municipality, modules.size());
        return students.get(municipality, studentId);
    }
}
