package dk.sosuhub.kpi.internal.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.kpi.NationalKpiService;
import dk.sosuhub.kpi.Rates;
import dk.sosuhub.kpi.NationalKpiService.MunicipalityKpi;
import dk.sosuhub.kpi.NationalKpiService.NationalKpi;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The national roll-up of every municipality's key figures, for platform administrators only. It covers every
 * municipality's records, whether or not the municipality has switched the kpi module on.
 */
@Component(service = NationalKpiResource.class, property = RestResources.PROPERTY + "=true")
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class NationalKpiResource {

    private final NationalKpiService national;

    @Activate
    public NationalKpiResource(@Reference NationalKpiService national) {
        this.national = national;
    }

    /** {@code year} defaults to the last complete year. */
    @GET
    @Path("/national")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year; default the last complete year", schema = @Schema(type = "integer", format = "int32"))
    public NationalKpi national(@QueryParam("year") String year) {
        return national.national(KpiResource.yearOrLastComplete(year));
    }

    /** The per-municipality lines as CSV (semicolon-separated, decimal comma), the national sum last. */
    @GET
    @Path("/national.csv")
    @Produces("text/csv; charset=UTF-8")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year; default the last complete year", schema = @Schema(type = "integer", format = "int32"))
    @ApiResponse(responseCode = "200", description = "One line per municipality, the national sum last", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    public Response nationalCsv(@QueryParam("year") String year) {
        NationalKpi n = national(year);
        CsvTable csv = new CsvTable("kommunekode", "kommune", "ansat", "gennemførelsesandel", "frafaldsandel",
                "ansættelsesandel", "sygefravær", "dimensionering", "opfyldelse", "opfyldt");
        for (MunicipalityKpi m : n.municipalities()) {
            csv.row(m.code(), m.name(), m.hired(), m.completionRate(), m.dropoutRate(), m.employmentRate(),
                    m.sickLeaveRate(), m.quotaMinimum(), m.quotaFulfilment(), m.quotaMet() == null ? null : m.quotaMet() ? "ja" : "nej");
        }
        long hired = n.cohorts().stream().mapToLong(c -> c.hired()).sum();
        long completed = n.cohorts().stream().mapToLong(c -> c.completed()).sum();
        long dropped = n.cohorts().stream().mapToLong(c -> c.droppedOut()).sum();
        long employed = n.cohorts().stream().mapToLong(c -> c.employed()).sum();
        csv.row(null, "Hele landet", hired, Rates.of(completed, hired), Rates.of(dropped, hired), Rates.of(employed, completed),
                n.sickLeave().sickLeaveRate(), null, null, null);
        return Response.ok(csv.text())
                .header("Content-Disposition", "attachment; filename=\"noegletal-hele-landet-" + n.year() + ".csv\"")
                .build();
    }
}
