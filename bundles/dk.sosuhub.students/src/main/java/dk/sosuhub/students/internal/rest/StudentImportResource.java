package dk.sosuhub.students.internal.rest;

import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.students.internal.StudentsModule;
import dk.sosuhub.students.internal.csv.StudentCsv;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Bulk import of students from CSV, for municipalities moving from another system: all rows or none. A root
 * resource of its own so that {@code import} is never taken for a student id.
 */
@Component(service = StudentImportResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/students/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
public class StudentImportResource {

    /** @param ids the created students' ids in the order of the rows */
    public record ImportResult(int count, List<Long> ids) {
    }

    private final StudentService students;

    @Activate
    public StudentImportResource(@Reference StudentService students) {
        this.students = students;
    }

    @POST
    @Consumes("text/csv")
    @Created(ImportResult.class)
    @Description("CSV (UTF-8 unless the Content-Type names another charset, e.g. windows-1252), separated by ; or ,"
            + " as the header row is. The header names the columns with the student's JSON field names: name,"
            + " programme, track, origin, startDate, endDate, birthDate, ageAtStart, personalAdvisor (programme and"
            + " startDate are required). Dates as YYYY-MM-DD or DD-MM-YYYY. At most 10000 rows and 1 MiB. All rows"
            + " are stored in one transaction or none: any bad row gives 422 whose errors list row (the header is"
            + " row 1), field and message for every problem.")
    public Response importCsv(@PathParam("code") String code, byte[] body, @Context HttpHeaders headers,
                              @Context UriInfo uri) {
        StudentCsv.Parsed parsed = StudentCsv.read(decode(body, headers.getMediaType()));
        List<Long> ids = students.createAll(code, parsed.students()).stream().map(Student::id).toList();
        return Response.created(uri.getAbsolutePathBuilder().replacePath(uri.getAbsolutePath().getPath()
                        .replaceAll("/import/?$", "")).build())
                .entity(new ImportResult(ids.size(), ids)).build();
    }

    static String decode(byte[] body, MediaType type) {
        Charset charset = StandardCharsets.UTF_8;
        String name = type == null ? null : type.getParameters().get("charset");
        if (name != null) {
            try {
                charset = Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ValidationException("charset", "unknown character set '" + name + "'; send UTF-8");
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException("csv", "is not valid " + charset.name()
                    + " text; save it as CSV UTF-8 or name the character set in the Content-Type");
        }
    }
}
