package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** A student's placement profile: what the placement planner should know about the student. */
@Component(service = PlacementProfileResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/students/{id}/placement-profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class PlacementProfileResource {

    private final PlacementService placements;

    @Activate
    public PlacementProfileResource(@Reference PlacementService placements) {
        this.placements = placements;
    }

    @GET
    @Description("An empty profile (no sites, no location) when never set.")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    public PlacementProfile get(@PathParam("code") String code, @PathParam("id") long id) {
        return placements.profile(code, id);
    }

    @PUT
    @Description("Replaces the profile. tasterSiteId (optional) and preferredSiteIds (best first, at most 10, no"
            + " repeats) must be placement sites of the municipality. location (optional): {lat, lon}. maxTravelKm"
            + " (optional): 0 to 500. supportNeeds: free tags matched against supervisors' competences.")
    public PlacementProfile put(@PathParam("code") String code, @PathParam("id") long id, Inputs.PlacementProfileInput body) {
        return placements.setProfile(code, id, body == null ? null : body.toModel(id));
    }
}
