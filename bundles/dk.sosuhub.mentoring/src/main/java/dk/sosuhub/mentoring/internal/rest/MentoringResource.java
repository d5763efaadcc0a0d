package dk.sosuhub.mentoring.internal.rest;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.mentoring.BuddyProposal;
import dk.sosuhub.mentoring.MentoringKpis;
import dk.sosuhub.mentoring.MentoringService;
import dk.sosuhub.mentoring.Scheme;
import dk.sosuhub.mentoring.Suggestion;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.QueryParams;
import dk.sosuhub.web.RestResources;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Matching mentors to students, buddies for a placement's first day, and the schemes' key figures. */
@Component(service = MentoringResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class MentoringResource {

    private final MentoringService mentoring;

    @Activate
    public MentoringResource(@Reference MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @GET
    @Path("/suggestions")
    @Description("Mentors for the student in the scheme, best first, each with a score and its reasons in Danish. Only"
            + " active mentors with room; buddies and everyday guides only from the student's current (or next) placement"
            + " site as the plan names it, never the student's own supervisor as buddy. Score: 10 for the scheme, 40 for"
            + " the site, 20 per competence meeting a support need, 15 per language needed, 2 per free place (at most 10)."
            + " needs: comma-separated tags; default the support needs of the student's latest referral.")
    @Parameter(name = "studentId", in = ParameterIn.QUERY, required = true, schema = @Schema(type = "integer", format = "int64"))
    @Parameter(name = "scheme", in = ParameterIn.QUERY, required = true, schema = @Schema(implementation = Scheme.class))
    @Parameter(name = "needs", in = ParameterIn.QUERY, description = "comma-separated support needs, e.g. sprog,arabisk")
    @Parameter(name = "date", in = ParameterIn.QUERY, description = "the day whose placement counts; default today",
            schema = @Schema(type = "string", format = "date"))
    public List<Suggestion> suggestions(@PathParam("code") String code, @QueryParam("studentId") String studentId,
                                        @QueryParam("scheme") String scheme, @QueryParam("needs") String needs,
                                        @QueryParam("date") String date) {
        QueryParams q = new QueryParams();
        Integer student = q.requiredInteger("studentId", studentId);
        Scheme s = q.requiredEnum("scheme", scheme, Scheme.class);
        q.throwIfInvalid();
        List<String> tags = needs == null || needs.isBlank() ? List.of() : Arrays.asList(needs.split(","));
        return mentoring.suggestions(code, student, s, tags, date(date, "date", false));
    }

    @POST
    @Path("/buddies/auto")
    @Description("Every student who starts a placement on date without a buddy gets the best buddy suggestion. Without"
            + " accept (or accept=false) it is a proposal and nothing changes; with accept=true the same matching is made"
            + " into ACTIVE BUDDY relationships from that date (relationshipId set), each mentor's capacity respected."
            + " A date after today can be proposed, not accepted. Students with no mentor at their site with room are"
            + " listed in without.")
    @Parameter(name = "accept", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"))
    public BuddyProposal autoBuddies(@PathParam("code") String code, Inputs.MentoringDateInput body,
                                     @QueryParam("accept") String accept) {
        if (accept != null && !accept.equals("true") && !accept.equals("false")) {
            throw new ValidationException("accept", "true or false");
        }
        return mentoring.autoBuddies(code, body == null ? null : body.date(), "true".equals(accept));
    }

    @GET
    @Path("/kpis")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @Description("Of the relationships referred from from to to (both included; default all), in the scheme (default"
            + " all): referred, started, closed, successful (closed as FUNCTIONING_WELL or GRADUATED), successRate ="
            + " successful / closed (4 decimals), activeNow, meanWeeksToStart; retention: the dropout rate (from the"
            + " student register) of the students whose retention-mentor course started against the other students of"
            + " the same cohorts (programme and start year).")
    @Parameter(name = "scheme", in = ParameterIn.QUERY, schema = @Schema(implementation = Scheme.class))
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    public MentoringKpis kpis(@PathParam("code") String code, @QueryParam("scheme") String scheme,
                              @QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParams q = new QueryParams();
        Scheme s = q.enumValue("scheme", scheme, Scheme.class);
        q.throwIfInvalid();
        return mentoring.kpis(code, s, date(from, "from", false), date(to, "to", false));
    }

    private static LocalDate date(String value, String name, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(name, "is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "must be a date like 2026-08-03");
        }
    }
}
