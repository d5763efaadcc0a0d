package dk.sosuhub.mentoring.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.MentoringService;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import java.util.List;

/** The municipality's mentors: buddies, retention mentors, mentors for new graduates and everyday guides. */
@Component(service = MentorResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class MentorResource {

    static final String RULES = "name: required. schemes: at least one of BUDDY, RETENTION_MENTOR, NEW_GRADUATE_MENTOR,"
            + " EVERYDAY_GUIDE. capacity: mentees at once, 1 to 100. site (optional): the placement site or workplace"
            + " where the mentor works, as the students' plans name it. languages, competences: free tags (up to 30 of 1"
            + " to 50 characters; stored in lower case). active: true unless set. username (optional): the mentor's user"
            + " (role mentor), who then sees their own mentees. load (read only): active mentees now.";

    private final MentoringService mentoring;

    @Activate
    public MentorResource(@Reference MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @Description("The mentors with their load (active mentees), by name.")
    public List<Mentor> list(@PathParam("code") String code) {
        return mentoring.mentors(code);
    }

    @POST
    @Created(Mentor.class)
    @Description(RULES)
    public Response create(@PathParam("code") String code, Inputs.MentorInput body, @Context UriInfo uri) {
        Mentor created = mentoring.createMentor(code, body == null ? null : body.toModel());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    public Mentor get(@PathParam("code") String code, @PathParam("id") long id) {
        return mentoring.mentor(code, id);
    }

    @PUT
    @Path("/{id}")
    @Description("Replaces every field. A capacity below the mentor's active mentees is refused (409). " + RULES)
    public Mentor update(@PathParam("code") String code, @PathParam("id") long id, Inputs.MentorInput body) {
        return mentoring.updateMentor(code, id, body == null ? null : body.toModel());
    }

    @DELETE
    @Path("/{id}")
    @Description("Deletes a mentor no relationship names; otherwise 409 listing them (set active to false instead).")
    public void delete(@PathParam("code") String code, @PathParam("id") long id) {
        mentoring.deleteMentor(code, id);
    }
}
