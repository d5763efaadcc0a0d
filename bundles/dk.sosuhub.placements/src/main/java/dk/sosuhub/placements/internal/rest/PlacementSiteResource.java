package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;
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

/** The municipality's placement sites (oplæringssteder) and their supervisors. */
@Component(service = PlacementSiteResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/placement-sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class PlacementSiteResource {

    static final String SITE_RULES = "type: CARE_HOME, HOME_CARE, REHABILITATION, DAY_CENTRE (municipal) or PSYCHIATRY,"
            + " HOSPITAL (regional). capacity: students at the same time, 0 to 1000. capacityChanges (optional):"
            + " [{from, to, capacity}], dates included, from <= to, never overlapping, e.g. capacity 0 during a summer"
            + " closure. location (optional): {lat, lon} in decimal degrees. active: true unless set.";

    private final PlacementService placements;

    @Activate
    public PlacementSiteResource(@Reference PlacementService placements) {
        this.placements = placements;
    }

    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public List<PlacementSite> list(@PathParam("code") String code) {
        return placements.sites(code);
    }

    @POST
    @Created(PlacementSite.class)
    @Description(SITE_RULES)
    public Response create(@PathParam("code") String code, Inputs.PlacementSiteInput body, @Context UriInfo uri) {
        PlacementSite created = placements.createSite(code, body == null ? null : body.toModel());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public PlacementSite get(@PathParam("code") String code, @PathParam("id") long id) {
        return placements.site(code, id);
    }

    @PUT
    @Path("/{id}")
    @Description("Replaces every field of the site. " + SITE_RULES)
    public PlacementSite update(@PathParam("code") String code, @PathParam("id") long id, Inputs.PlacementSiteInput body) {
        return placements.updateSite(code, id, body == null ? null : body.toModel());
    }

    @DELETE
    @Path("/{id}")
    @Description("Deletes the site with its capacity changes. Refused (409, conflicting lists them) while the site has"
            + " supervisors or a student's placement profile names it: delete or move those first.")
    public void delete(@PathParam("code") String code, @PathParam("id") long id) {
        placements.deleteSite(code, id);
    }

    @GET
    @Path("/{id}/supervisors")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    public List<Supervisor> supervisors(@PathParam("code") String code, @PathParam("id") long id) {
        return placements.supervisors(code, id);
    }

    @POST
    @Path("/{id}/supervisors")
    @Created(Supervisor.class)
    @Description(SupervisorResource.RULES)
    public Response createSupervisor(@PathParam("code") String code, @PathParam("id") long id,
                                     Inputs.SupervisorInput body, @Context UriInfo uri) {
        Supervisor created = placements.createSupervisor(code, id, body == null ? null : body.toModel());
        return Response.created(uri.getBaseUriBuilder().path("municipalities").path(code).path("supervisors")
                .path(Long.toString(created.id())).build()).entity(created).build();
    }
}
