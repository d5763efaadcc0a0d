package dk.sosuhub.kpi.internal.rest;

import dk.sosuhub.core.api.Denmark;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import dk.sosuhub.kpi.SuccessCriteriaService;
import dk.sosuhub.kpi.KpiCode;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.SuccessCriterion;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.kpi.CriterionProgress;
import dk.sosuhub.kpi.SuccessCriteriaKpi;
import dk.sosuhub.kpi.internal.KpiModule;
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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The municipality's success criteria (succeskriterier) with their progress; edited by its administrators. */
@Component(service = SuccessCriteriaResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/kpis/success-criteria")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
        Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
public class SuccessCriteriaResource {

    static final String RULES = "current is the key figure on the date (default today): completion, employment and"
            + " dropout rates over the latest completed cohort of each programme (or of the criterion's programme);"
            + " recruitment, sick leave and quota over the last full calendar year. progress = (current - baseline)"
            + " / (target - baseline) with 4 decimals, null when there is no current value or the target is no"
            + " improvement on the baseline (a floor). status: MET (at the target or better), ON_TRACK (better than"
            + " the baseline), BEHIND, MISSED (deadline passed, not met) or NO_DATA. Rates are fractions.";

    /** What an administrator writes; the id comes from the path and the rest is computed. */
    public record CriterionInput(String name, KpiCode kpi, Programme programme, BigDecimal baseline, BigDecimal target,
                                 LocalDate deadline) {
        SuccessCriterion toModel() {
            return new SuccessCriterion(null, name, kpi, programme, baseline, target, deadline);
        }
    }

    private final SuccessCriteriaService criteria;
    private final SuccessCriteriaKpi progress;
    private final Clock clock = Denmark.CLOCK;

    @Activate
    public SuccessCriteriaResource(@Reference SuccessCriteriaService criteria, @Reference SuccessCriteriaKpi progress) {
        this.criteria = criteria;
        this.progress = progress;
    }

    @GET
    @Description(RULES)
    @Parameter(name = "date", in = ParameterIn.QUERY, description = "the day to measure on; default today", schema = @Schema(type = "string", format = "date"))
    public List<CriterionProgress> list(@PathParam("code") String code, @QueryParam("date") String date) {
        return progress.progress(code, AsOf.parse(date, clock));
    }

    @GET
    @Path("/{id}")
    @Description(RULES)
    @Parameter(name = "date", in = ParameterIn.QUERY, description = "the day to measure on; default today", schema = @Schema(type = "string", format = "date"))
    public CriterionProgress get(@PathParam("code") String code, @PathParam("id") long id, @QueryParam("date") String date) {
        return progress.progress(code, id, AsOf.parse(date, clock));
    }

    @POST
    @Created(CriterionProgress.class)
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    public Response create(@PathParam("code") String code, CriterionInput body, @Context UriInfo uri) {
        SuccessCriterion created = criteria.create(code, input(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(progress.progress(code, created.id(), LocalDate.now(clock))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    public CriterionProgress update(@PathParam("code") String code, @PathParam("id") long id, CriterionInput body) {
        criteria.update(code, id, input(body));
        return progress.progress(code, id, LocalDate.now(clock));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    public void delete(@PathParam("code") String code, @PathParam("id") long id) {
        criteria.delete(code, id);
    }

    private static SuccessCriterion input(CriterionInput body) {
        return body == null ? new SuccessCriterion(null, null, null, null, null, null, null) : body.toModel();
    }
}
