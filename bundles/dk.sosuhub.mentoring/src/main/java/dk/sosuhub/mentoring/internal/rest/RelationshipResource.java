package dk.sosuhub.mentoring.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.mentoring.CheckIn;
import dk.sosuhub.mentoring.MentoringService;
import dk.sosuhub.mentoring.Relationship;
import dk.sosuhub.mentoring.RelationshipStatus;
import dk.sosuhub.mentoring.Scheme;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Created;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.util.List;

/** Mentoring relationships from referral to outcome, with their check-ins. */
@Component(service = RelationshipResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/mentoring/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class RelationshipResource {

    static final String STATES = "REFERRED -> ACTIVE (start) -> CLOSED (close); a REFERRED one can be WITHDRAWN. Any other"
            + " transition is 409 and changes nothing. A NEW_GRADUATE_MENTOR relationship is for a student the"
            + " municipality hired after completion; it runs three months from its start (endDate) and closes as"
            + " FUNCTIONING_WELL on its endDate unless closed before. health of an ACTIVE one: ON_TRACK (a check-in within"
            + " checkInWeeks, default 3), NEEDS_CHECK_IN, TOO_EARLY (started less than checkInWeeks ago, no check-in yet).";

    private final MentoringService mentoring;

    @Activate
    public RelationshipResource(@Reference MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME,
            Role.MENTOR_NAME, Role.STUDENT_NAME})
    @Description("The relationships by referral date: all for staff, a mentor's own mentees for a mentor, a student's own"
            + " for a student. " + STATES)
    @Parameter(name = "scheme", in = ParameterIn.QUERY, schema = @Schema(implementation = Scheme.class))
    @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(implementation = RelationshipStatus.class))
    @Parameter(name = "studentId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64"))
    @Parameter(name = "mentorId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64"))
    public List<Relationship> list(@PathParam("code") String code, @QueryParam("scheme") String scheme,
                                   @QueryParam("status") String status, @QueryParam("studentId") String studentId,
                                   @QueryParam("mentorId") String mentorId, @Context SecurityContext security) {
        QueryParams q = new QueryParams();
        Scheme s = q.enumValue("scheme", scheme, Scheme.class);
        RelationshipStatus st = q.enumValue("status", status, RelationshipStatus.class);
        Long student = id(q, "studentId", studentId);
        Long mentor = id(q, "mentorId", mentorId);
        q.throwIfInvalid();
        return mentoring.relationships(code, new MentoringService.Filter(s, st, student, mentor), Callers.of(security));
    }

    private static Long id(QueryParams q, String name, String value) {
        Integer i = q.integer(name, value);
        return i == null ? null : i.longValue();
    }

    @POST
    @Created(Relationship.class)
    @Description("A referral: scheme, studentId and referredOn required; mentorId (a mentor offering the scheme) and"
            + " supportNeeds (tags, matched against mentors' competences and languages) optional. A student with an open"
            + " (REFERRED or ACTIVE) relationship in the scheme is 409, as is a NEW_GRADUATE_MENTOR referral of a student"
            + " not hired after completion, or another scheme's referral of a student who is not active. " + STATES)
    public Response refer(@PathParam("code") String code, Inputs.MentoringReferralInput body, @Context UriInfo uri) {
        Inputs.MentoringReferralInput b = body == null ? new Inputs.MentoringReferralInput(null, null, null, null, null) : body;
        dk.sosuhub.core.api.error.Validator v = new dk.sosuhub.core.api.error.Validator();
        v.requirePresent(b.scheme(), "scheme");
        v.requirePresent(b.studentId(), "studentId");
        v.requirePresent(b.referredOn(), "referredOn");
        v.throwIfInvalid();
        Relationship created = mentoring.refer(code, b.scheme(), b.studentId(), b.mentorId(), b.referredOn(), b.supportNeeds());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME,
            Role.MENTOR_NAME, Role.STUDENT_NAME})
    @Description("One relationship the caller may see (else 404). " + STATES)
    public Relationship get(@PathParam("code") String code, @PathParam("id") long id, @Context SecurityContext security) {
        return mentoring.relationship(code, id, Callers.of(security));
    }

    @POST
    @Path("/{id}/start")
    @Description("REFERRED -> ACTIVE on date (not before referredOn, not in the future) with mentorId (or the referral's"
            + " mentor). A mentor with as many active mentees as their capacity is 409.")
    public Relationship start(@PathParam("code") String code, @PathParam("id") long id, Inputs.MentoringStartInput body) {
        Inputs.MentoringStartInput b = body == null ? new Inputs.MentoringStartInput(null, null) : body;
        return mentoring.start(code, id, b.date(), b.mentorId());
    }

    @POST
    @Path("/{id}/close")
    @Description("ACTIVE -> CLOSED on date (not before the start) with outcome FUNCTIONING_WELL, GRADUATED, DROPPED_OUT,"
            + " DECLINED or OTHER; FUNCTIONING_WELL and GRADUATED count as successful.")
    public Relationship close(@PathParam("code") String code, @PathParam("id") long id, Inputs.MentoringCloseInput body) {
        Inputs.MentoringCloseInput b = body == null ? new Inputs.MentoringCloseInput(null, null) : body;
        return mentoring.close(code, id, b.date(), b.outcome());
    }

    @POST
    @Path("/{id}/withdraw")
    @Description("REFERRED -> WITHDRAWN on date: the referral never started.")
    public Relationship withdraw(@PathParam("code") String code, @PathParam("id") long id, Inputs.MentoringWithdrawInput body) {
        return mentoring.withdraw(code, id, body == null ? null : body.date());
    }

    @GET
    @Path("/{id}/check-ins")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME,
            Role.MENTOR_NAME, Role.STUDENT_NAME})
    public List<CheckIn> checkIns(@PathParam("code") String code, @PathParam("id") long id, @Context SecurityContext security) {
        return mentoring.checkIns(code, id, Callers.of(security));
    }

    @POST
    @Path("/{id}/check-ins")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.MENTOR_NAME})
    @Created(CheckIn.class)
    @Description("A check-in of an ACTIVE relationship: date (from its start, not in the future), minutes (1 to 1440,"
            + " optional), note (optional, up to 2000 characters). A mentor writes check-ins of their own mentees.")
    public Response addCheckIn(@PathParam("code") String code, @PathParam("id") long id,
                               Inputs.MentoringCheckInInput body, @Context SecurityContext security, @Context UriInfo uri) {
        CheckIn created = mentoring.addCheckIn(code, id, body == null ? null : body.toModel(id), Callers.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }
}
