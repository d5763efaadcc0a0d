package dk.sosuhub.messages.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.messages.Handover;
import dk.sosuhub.messages.HandoverService;
import dk.sosuhub.web.Callers;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.util.List;

/** Handovers between placements (overgangsskemaer) and the student's consent to share them with the next site. */
@Component(service = HandoverResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/students/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME, Role.STUDENT_NAME})
public class HandoverResource {

    private final HandoverService handovers;

    @Activate
    public HandoverResource(@Reference HandoverService handovers) {
        this.handovers = handovers;
    }

    @GET
    @Path("handovers")
    @Description("The handovers the caller may read: the student all of them; the personal advisor and the next"
            + " placement's supervisor from the day before that placement starts, the latter with the texts only while"
            + " the student consents (shared=false and no texts otherwise).")
    public List<Handover> list(@PathParam("code") String code, @PathParam("id") long id, @Context SecurityContext security) {
        return handovers.handovers(Callers.of(security), code, id);
    }

    @POST
    @Path("handovers")
    @Created(Handover.class)
    @Description("Written by the supervisor of the student's current or just ended placement: learnt (what the student"
            + " has learnt), support (agreed support) and nextSiteNotes (what the next site should know), each 1-4000"
            + " characters.")
    public Response write(@PathParam("code") String code, @PathParam("id") long id, Inputs.HandoverInput body,
                          @Context UriInfo uri, @Context SecurityContext security) {
        Inputs.HandoverInput in = body == null ? new Inputs.HandoverInput(null, null, null) : body;
        Handover h = handovers.write(Callers.of(security), code, id, in.learnt(), in.support(), in.nextSiteNotes());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(h.id())).build()).entity(h).build();
    }

    @GET
    @Path("consents/handover")
    @Description("Whether the student consents to handovers being shared with the next placement site; false until given.")
    public Inputs.Consent consent(@PathParam("code") String code, @PathParam("id") long id, @Context SecurityContext security) {
        return new Inputs.Consent(handovers.handoverConsent(Callers.of(security), code, id));
    }

    @PUT
    @Path("consents/handover")
    @Description("Only the student: gives (true) or withdraws (false) the consent; effective at once, also for handovers"
            + " written before.")
    public Inputs.Consent setConsent(@PathParam("code") String code, @PathParam("id") long id, Inputs.ConsentInput body, @Context SecurityContext security) {
        return new Inputs.Consent(handovers.setHandoverConsent(Callers.of(security), code, id, body == null ? null : body.given()));
    }
}
