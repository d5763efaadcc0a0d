package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.internal.planning.PlacementPlanning;
import dk.sosuhub.placements.internal.planning.Views;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Description;
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
import javax.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;

/** The placement plan: the planner's proposals, accepting one, what is planned and how full the sites are. */
@Component(service = PlacementPlanResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class PlacementPlanResource {

    private final PlacementPlanning planning;

    @Activate
    public PlacementPlanResource(@Reference PlacementPlanning planning) {
        this.planning = planning;
    }

    @POST
    @Path("/plan")
    @Description("Plans every placement period of the municipality's active students that starts from `from` to `to`"
            + " (both included) and answers the proposal, which changes nothing until accepted. Placed periods outside"
            + " the range and pinned ones are kept. Hard rules: site capacity per day (capacity changes applied, across"
            + " programmes), supervisor capacity, never the same site twice, the programme rules (site types,"
            + " differentTypeFrom), the student's maxTravelKm. Then, in this order: as many periods placed as possible,"
            + " placement 1 at the taster site, support needs matched by a supervisor's competences, preferences, short"
            + " travel, few moves from the current plan. Each assignment has its reasons, each unplaced period its"
            + " binding reason (code and Danish text: NO_CAPACITY, NO_SUPERVISOR_CAPACITY, NO_ALLOWED_SITE, TRAVEL,"
            + " ALREADY_VISITED, DIFFERENT_TYPE). `changes`: periods placed anew, moved or taken away.")
    public Views.Proposal plan(@PathParam("code") String code, Inputs.PlacementPlanInput body, @Context SecurityContext security) {
        return planning.propose(code, body == null ? null : body.from(), body == null ? null : body.to(), Callers.of(security));
    }

    @GET
    @Path("/plans/{id}")
    @Description("A proposal made before, and whether it has been accepted.")
    public Views.Proposal proposal(@PathParam("code") String code, @PathParam("id") long id) {
        return planning.proposal(code, id);
    }

    @POST
    @Path("/plans/{id}/accept")
    @Description("Applies the proposal: each placed period gets its site and supervisor, in the placement plan and in the"
            + " student's plan (site name, supervisor username); a period it leaves unplaced loses its site. 409 when it"
            + " was accepted before, or when anything it was made from (sites, supervisors, rules, profiles, students'"
            + " plans, placements) has changed since: make a new proposal.")
    public Views.Proposal accept(@PathParam("code") String code, @PathParam("id") long id) {
        return planning.acceptProposal(code, id);
    }

    @GET
    @Description("The placed periods that overlap from-to (both optional). A student sees their own; a supervisor the"
            + " students placed at the sites they supervise at.")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME})
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    public List<Views.Placement> list(@PathParam("code") String code, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @Context SecurityContext security) {
        Dates dates = new Dates();
        LocalDate f = dates.date("from", from, false);
        LocalDate t = dates.date("to", to, false);
        dates.throwIfInvalid();
        return planning.placementsOf(code, f, t, Callers.of(security));
    }

    @GET
    @Path("/capacity")
    @Description("Per site and ISO week from the week of `from` to that of `to`: capacity (the least of a day of the"
            + " week, capacity changes applied, 0 when the site is inactive) and booked (the most students placed there"
            + " on a day of the week).")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @Parameter(name = "from", in = ParameterIn.QUERY, required = true, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, required = true, schema = @Schema(type = "string", format = "date"))
    public List<Views.SiteCapacity> capacity(@PathParam("code") String code, @QueryParam("from") String from,
                                             @QueryParam("to") String to) {
        Dates dates = new Dates();
        LocalDate f = dates.date("from", from, true);
        LocalDate t = dates.date("to", to, true);
        dates.throwIfInvalid();
        return planning.capacity(code, f, t);
    }
}
