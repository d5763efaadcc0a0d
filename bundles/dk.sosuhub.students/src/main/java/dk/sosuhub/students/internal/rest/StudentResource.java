package dk.sosuhub.students.internal.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.students.internal.access.VisibleStudents;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.QueryParams;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.RestResources;
import dk.sosuhub.students.internal.StudentsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The student register of one municipality: list and create. One student's record is
 * {@link StudentLifecycleResource}. Tenant scope and the module switch are checked before these run.
 */
@Component(service = StudentResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/students")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
public class StudentResource {

    /** A page of students with the total that matches the filter. */
    public record StudentPage(long total, int offset, int limit, List<Student> items) {
    }

    static final int DEFAULT_LIMIT = 100;

    private final StudentService students;
    private final VisibleStudents visible;

    @Activate
    public StudentResource(@Reference StudentService students, @Reference VisibleStudents visible) {
        this.students = students;
        this.visible = visible;
    }

    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    @Parameter(name = "programme", in = ParameterIn.QUERY, schema = @Schema(implementation = Programme.class))
    @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(implementation = StudentStatus.class))
    @Parameter(name = "startYear", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int32"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "100"))
    public StudentPage list(@PathParam("code") String code,
                            @QueryParam("programme") String programme,
                            @QueryParam("status") String status,
                            @QueryParam("startYear") String startYear,
                            @QueryParam("offset") @DefaultValue("0") String offset,
                            @QueryParam("limit") @DefaultValue("100") String limit,
                            @Context SecurityContext security) {
        QueryParams params = new QueryParams();
        Programme p = params.enumValue("programme", programme, Programme.class);
        StudentStatus st = params.enumValue("status", status, StudentStatus.class);
        Integer year = params.integer("startYear", startYear);
        Integer from = params.integer("offset", offset);
        Integer size = params.integer("limit", limit);
        params.throwIfInvalid();
        StudentService.Query query = new StudentService.Query(p, st, year, from == null ? 0 : from,
                size == null ? DEFAULT_LIMIT : size);
        VisibleStudents.Page page = visible.list(Callers.of(security), code, query);
        return new StudentPage(page.total(), query.offset(), query.limit(), page.items());
    }

    @POST
    @Created(Student.class)
    public Response create(@PathParam("code") String code, StudentData data, @Context UriInfo uri) {
        Student created = students.create(code, orEmpty(data));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    /** An empty body is a request with every field missing, and gets the same field-by-field answer. */
    static StudentData orEmpty(StudentData data) {
        return data != null ? data : new StudentData(null, null, null, null, null, null, null, null, null);
    }
}
