package dk.sosuhub.students.internal.rest;

import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.students.internal.privacy.StudentPrivacy;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.ProgrammeSwitch;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.model.TalkType;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.students.internal.StudentsModule;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One student: the record itself and its lifecycle (status events, the plan of periods, sick days and talks).
 * A root resource of its own rather than sub-paths of {@link StudentResource}, so that JAX-RS matching
 * never has two candidates for one path.
 */
@Component(service = StudentLifecycleResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/students/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
public class StudentLifecycleResource {

    public record Completion(LocalDate date) {
    }

    public record DropoutEvent(LocalDate date, DropoutReason reason) {
    }

    public record EmploymentEvent(LocalDate date, UnitType unitType) {
    }

    public record AbsenceReport(LocalDate date, BigDecimal sickDays) {
    }

    public record TalkRecord(TalkType type, LocalDate date, List<String> participants) {
    }

    public record Plan(List<StudyPeriod> periods) {
    }

    public record SwitchEvent(LocalDate date) {
    }

    private final StudentService students;
    private final LifecycleService lifecycle;
    private final StudentPrivacy privacy;

    @Activate
    public StudentLifecycleResource(@Reference StudentService students, @Reference LifecycleService lifecycle,
                                    @Reference StudentPrivacy privacy) {
        this.students = students;
        this.lifecycle = lifecycle;
        this.privacy = privacy;
    }

    @GET
    @Path("/export")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @Description("The student's right of access (GDPR art. 15): everything the platform holds about the student, the "
            + "register's record and each installed module's part under modules.<moduleId>.")
    public StudentPrivacy.Export export(@PathParam("code") String code, @PathParam("id") long id) {
        return privacy.export(code, id);
    }

    @POST
    @Path("/erase")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @Description("The right to erasure (GDPR art. 17): the name is replaced, the birth date reduced to the age at "
            + "start, free texts (talks' participants, messages, handovers, notes) deleted by every module, the "
            + "student's own user removed. Dates, codes and absences stay, so every KPI figure stays as it was.")
    public Student erase(@PathParam("code") String code, @PathParam("id") long id) {
        return privacy.erase(code, id);
    }

    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public Student get(@PathParam("code") String code, @PathParam("id") long id) {
        return students.get(code, id);
    }

    @PUT
    public Student update(@PathParam("code") String code, @PathParam("id") long id, StudentData data) {
        return students.update(code, id, StudentResource.orEmpty(data));
    }


    @POST
    @Path("/completion")
    public Student complete(@PathParam("code") String code, @PathParam("id") long id, Completion body) {
        return lifecycle.complete(code, id, body == null ? null : body.date());
    }

    @POST
    @Path("/dropout")
    public Student dropOut(@PathParam("code") String code, @PathParam("id") long id, DropoutEvent body) {
        return body == null ? lifecycle.dropOut(code, id, null, null) : lifecycle.dropOut(code, id, body.date(), body.reason());
    }

    @POST
    @Path("/employment")
    public Student employ(@PathParam("code") String code, @PathParam("id") long id, EmploymentEvent body) {
        return body == null ? lifecycle.employ(code, id, null, null) : lifecycle.employ(code, id, body.date(), body.unitType());
    }

    @POST
    @Path("/programme-switch")
    @Description("An active SSA student switches to SSH on the date (409 for anyone else). The SSA record ends as"
            + " a dropout with reason SWITCHED_PROGRAMME, as the published dropout figures count it; a new SSH"
            + " record (\"to\") starts on the date with the SSH main course as its plan (the whole programme if"
            + " the switch is during the basic course). The KPIs count it as an SSH hire of that year.")
    public ProgrammeSwitch switchProgramme(@PathParam("code") String code, @PathParam("id") long id, SwitchEvent body) {
        return lifecycle.switchProgramme(code, id, body == null ? null : body.date());
    }

    @GET
    @Path("/programme-switch")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public ProgrammeSwitch programmeSwitch(@PathParam("code") String code, @PathParam("id") long id) {
        return lifecycle.programmeSwitch(code, id)
                .orElseThrow(() -> new NotFoundException("Student " + id + " has not switched programme"));
    }

    @GET
    @Path("/plan")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public Plan plan(@PathParam("code") String code, @PathParam("id") long id) {
        return new Plan(lifecycle.plan(code, id));
    }

    @PUT
    @Path("/plan")
    public Plan replacePlan(@PathParam("code") String code, @PathParam("id") long id, Plan body) {
        return new Plan(lifecycle.replacePlan(code, id, body == null ? null : body.periods()));
    }

    @POST
    @Path("/absences")
    @Created(Absence.class)
    public Response addAbsence(@PathParam("code") String code, @PathParam("id") long id, AbsenceReport body,
                               @Context UriInfo uri) {
        Absence a = body == null ? lifecycle.addAbsence(code, id, null, null) : lifecycle.addAbsence(code, id, body.date(), body.sickDays());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("/absences")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public List<Absence> absences(@PathParam("code") String code, @PathParam("id") long id) {
        return lifecycle.absences(code, id);
    }

    @POST
    @Path("/talks")
    @Created(Talk.class)
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public Response addTalk(@PathParam("code") String code, @PathParam("id") long id, TalkRecord body, @Context UriInfo uri) {
        Talk t = body == null ? lifecycle.addTalk(code, id, null, null, null)
                : lifecycle.addTalk(code, id, body.type(), body.date(), body.participants());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(t.id())).build()).entity(t).build();
    }

    @GET
    @Path("/talks")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public List<Talk> talks(@PathParam("code") String code, @PathParam("id") long id) {
        return lifecycle.talks(code, id);
    }
}
