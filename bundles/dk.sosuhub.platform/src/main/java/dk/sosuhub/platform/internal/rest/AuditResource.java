package dk.sosuhub.platform.internal.rest;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.audit.AuditTrail.Entry;
import dk.sosuhub.core.api.audit.AuditTrail.Page;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A municipality's audit trail for its administrator (and the platform's): who read or changed which student's
 * data, when, how and through which face. Read-only: nothing in the API changes or deletes an entry.
 */
@Component(service = AuditResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/audit")
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
public class AuditResource {

    /** Dates in the filters are Danish dates. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\n").get();

    private final AuditTrail trail;

    @Activate
    public AuditResource(@Reference AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Description("Newest first, 100 entries a page (page from 0). from and to are dates, both included.")
    @Parameter(name = "studentId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64"))
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer"))
    public Page audit(@PathParam("code") String code, @QueryParam("studentId") String studentId,
                      @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("page") String page, @Context SecurityContext security) {
        return trail.find(Callers.of(security), code, query(studentId, user, from, to, page, 100));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Description("The same entries as CSV (semicolon-separated, UTF-8), up to 500 a page.")
    @ApiResponse(responseCode = "200", description = "CSV", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv"))
    @Parameter(name = "studentId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64"))
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer"))
    public Response auditCsv(@PathParam("code") String code, @QueryParam("studentId") String studentId,
                             @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("page") String page, @Context SecurityContext security) {
        Page entries = trail.find(Callers.of(security), code, query(studentId, user, from, to, page, 500));
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSV)) {
                csv.printRecord("tidspunkt", "bruger", "roller", "kommune", "handling", "hvad", "elev", "kanal");
                for (Entry e : entries.entries()) {
                    csv.printRecord(e.at(), e.username(), e.roles(), e.municipality(), e.action(), e.what(),
                            e.studentId() == null ? "" : e.studentId(), e.channel());
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"logning-" + code + ".csv\"").build();
    }

    private static AuditTrail.Query query(String studentId, String user, String from, String to, String page, int size) {
        try {
            Long student = studentId == null || studentId.isBlank() ? null : Long.valueOf(studentId);
            Instant start = from == null || from.isBlank() ? null : LocalDate.parse(from).atStartOfDay(Denmark.ZONE).toInstant();
            Instant end = to == null || to.isBlank() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(Denmark.ZONE).toInstant();
            int p = page == null || page.isBlank() ? 0 : Integer.parseInt(page);
            return new AuditTrail.Query(student, user, start, end, p, size);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ValidationException("query", "studentId and page are numbers, from and to dates (yyyy-mm-dd)");
        }
    }
}
