package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** One supervisor (oplæringsvejleder); they are created at their site (POST /placement-sites/{id}/supervisors). */
@Component(service = SupervisorResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/supervisors/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class SupervisorResource {

    static final String RULES = "name: required. capacity: students at once, 1 to 10 (usually 1 or 2). competences:"
            + " free tags (e.g. sprog, psykiatri), up to 30 of 1 to 50 characters. username (optional): a user of the"
            + " municipality with role supervisor, or null.";

    private final PlacementService placements;

    @Activate
    public SupervisorResource(@Reference PlacementService placements) {
        this.placements = placements;
    }

    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    public Supervisor get(@PathParam("code") String code, @PathParam("id") long id) {
        return placements.supervisor(code, id);
    }

    @PUT
    @Description("Replaces name, capacity, competences and username; the site stays. " + RULES)
    public Supervisor update(@PathParam("code") String code, @PathParam("id") long id, Inputs.SupervisorInput body) {
        return placements.updateSupervisor(code, id, body == null ? null : body.toModel());
    }

    @DELETE
    public void delete(@PathParam("code") String code, @PathParam("id") long id) {
        placements.deleteSupervisor(code, id);
    }
}
