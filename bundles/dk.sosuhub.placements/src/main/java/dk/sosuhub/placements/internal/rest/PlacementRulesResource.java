package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import io.swagger.v3.oas.annotations.media.Schema;
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
import java.util.List;
import java.util.Map;

/** The municipality's programme rules: which site types each placement period of each programme may use. */
@Component(service = PlacementRulesResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/placements/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
public class PlacementRulesResource {

    static final String SHAPE = "The rules by programme: {\"SSH\": [{\"period\": 1, \"siteTypes\": [...],"
            + " \"differentTypeFrom\": []}, {\"period\": 2, \"siteTypes\": [...], \"differentTypeFrom\": [1]}], \"SSA\": [...]}."
            + " Each programme lists each of its placement periods once (SSH 1-2, SSA 1-4) with at least one site type;"
            + " differentTypeFrom names earlier periods whose site type this period's site must differ from."
            + " Defaults where never set: SSH 1 and 2 at municipal sites (CARE_HOME, HOME_CARE, REHABILITATION,"
            + " DAY_CENTRE), 2 of another type than 1; SSA 1 and 4 municipal, 2 PSYCHIATRY, 3 HOSPITAL.";

    /** The rules of both programmes, as the OpenAPI document shows them. */
    @Schema(name = "PlacementRules", description = "The site types each placement period of a programme may use:"
            + " SSH lists its placement periods 1 and 2, SSA its periods 1 to 4")
    public record RulesView(List<PeriodRule> SSH, List<PeriodRule> SSA) {
    }

    private final PlacementService placements;

    @Activate
    public PlacementRulesResource(@Reference PlacementService placements) {
        this.placements = placements;
    }

    @GET
    @Description(SHAPE)
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the rules",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RulesView.class)))
    public Map<Programme, List<PeriodRule>> get(@PathParam("code") String code) {
        return placements.rules(code);
    }

    @PUT
    @Description("Replaces the rules of each programme given; a programme left out keeps its rules. " + SHAPE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the rules",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RulesView.class)))
    public Map<Programme, List<PeriodRule>> put(@PathParam("code") String code,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesView.class)))
            Map<Programme, List<PeriodRule>> body) {
        return placements.setRules(code, body);
    }
}
