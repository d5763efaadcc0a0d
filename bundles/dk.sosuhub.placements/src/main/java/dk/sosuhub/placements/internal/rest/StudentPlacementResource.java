package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.internal.planning.PlacementPlanning;
import dk.sosuhub.placements.internal.planning.Views;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** A coordinator's own placement of one placement period of a student. */
@Component(service = StudentPlacementResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/students/{id}/placements/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class StudentPlacementResource {

    private final PlacementPlanning planning;

    @Activate
    public StudentPlacementResource(@Reference PlacementPlanning planning) {
        this.planning = planning;
    }

    @PUT
    @Description("Places placement period `period` (1, 2, …) of the student at `siteId`, with `supervisorId` (optional: a"
            + " supervisor of the site with room is chosen when the site has supervisors). `pinned` (default true) keeps it"
            + " when re-planning. Checked against every hard rule given the rest of the plan: 422 with the rule broken"
            + " (SITE_CAPACITY, SUPERVISOR_CAPACITY, SAME_SITE_TWICE, SITE_TYPE, DIFFERENT_TYPE, MAX_TRAVEL,"
            + " SUPERVISOR_OF_SITE) in the field's message, nothing changed. The student's plan gets the site's name.")
    public Views.Placement put(@PathParam("code") String code, @PathParam("id") long id, @PathParam("period") int period,
                               Inputs.PlacementInput body) {
        return planning.setPlacement(code, id, period, body == null ? null : body.siteId(),
                body == null ? null : body.supervisorId(), body == null ? null : body.pinned());
    }
}
