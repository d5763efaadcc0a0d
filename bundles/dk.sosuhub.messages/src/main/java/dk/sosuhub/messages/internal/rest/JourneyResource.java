package dk.sosuhub.messages.internal.rest;

import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.OwnMunicipality;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's own record as the page /mit-forloeb shows it: the plan with its placements and the talks. The
 * student register's doors are for staff; this one is for the student alone, in their own municipality.
 */
@Component(service = JourneyResource.class, property = RestResources.PROPERTY + "=true")
@Path("/me/journey")
@Produces(MediaType.APPLICATION_JSON)
@OwnMunicipality
@RolesAllowed(Role.STUDENT_NAME)
public class JourneyResource {

    /** The student's own journey. */
    public record Journey(long studentId, String name, Programme programme, LocalDate startDate, LocalDate endDate,
                          String personalAdvisor, List<StudyPeriod> plan, List<Talk> talks) {
    }

    private final StudentService students;
    private final LifecycleService lifecycle;

    @Activate
    public JourneyResource(@Reference StudentService students, @Reference LifecycleService lifecycle) {
        this.students = students;
        this.lifecycle = lifecycle;
    }

    @GET
    @Description("The signed-in student's own record: name, programme, dates, personal advisor, the plan (with each"
            + " placement's site and supervisor) and the talks held.")
    public Journey journey(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        if (caller.studentId() == null) {
            throw new ForbiddenException("Only a student user linked to their record has a journey");
        }
        Student s = students.get(caller.municipality(), caller.studentId());
        return new Journey(s.id(), s.name(), s.programme(), s.startDate(), s.endDate(), s.personalAdvisor(),
                lifecycle.plan(caller.municipality(), s.id()), lifecycle.talks(caller.municipality(), s.id()));
    }
}
