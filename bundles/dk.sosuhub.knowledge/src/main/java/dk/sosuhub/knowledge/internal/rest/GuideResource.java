package dk.sosuhub.knowledge.internal.rest;

import dk.sosuhub.knowledge.GuideService;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.GuideData;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.knowledge.internal.KnowledgeModule;
import dk.sosuhub.web.Created;
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

/**
 * The guides of one municipality: every user there reads the national guides and the municipality's own;
 * editors write the municipality's own. National guides are read-only here (403). The search index follows
 * every write before the response is sent.
 */
@Component(service = GuideResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/guides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME,
        Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
public class GuideResource {

    private final GuideService guides;

    @Activate
    public GuideResource(@Reference GuideService guides) {
        this.guides = guides;
    }

    @GET
    public GuideList list(@PathParam("code") String code) {
        return GuideList.of(guides.visible(code));
    }

    @GET
    @Path("/{id}")
    public GuideView get(@PathParam("code") String code, @PathParam("id") String id) {
        return GuideView.of(guides.get(code, id));
    }

    @POST
    @Created(GuideView.class)
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public Response create(@PathParam("code") String code, GuideData data, @Context UriInfo uri) {
        Guide created = guides.create(code, orEmpty(data));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(GuideView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public GuideView update(@PathParam("code") String code, @PathParam("id") String id, GuideData data) {
        return GuideView.of(guides.update(code, id, orEmpty(data)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        guides.delete(code, id);
        return Response.noContent().build();
    }

    /** An empty body is a request with every field missing, and gets the same field-by-field answer. */
    static GuideData orEmpty(GuideData data) {
        return data != null ? data : new GuideData(null, null, null, null, null, null);
    }
}
