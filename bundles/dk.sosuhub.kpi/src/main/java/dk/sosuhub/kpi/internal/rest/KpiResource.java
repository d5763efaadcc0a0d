package dk.sosuhub.kpi.internal.rest;

import dk.sosuhub.core.api.Denmark;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dk.sosuhub.kpi.QuotaService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.kpi.KpiService;
import dk.sosuhub.kpi.internal.NeedToKnowFilter;
import dk.sosuhub.kpi.KpiService.CohortKpi;
import dk.sosuhub.kpi.internal.KpiModule;
import dk.sosuhub.web.QueryParams;
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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Map;

/** The key figures of one municipality. */
@Component(service = KpiResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
        Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
public class KpiResource {

    private final KpiService kpis;
    private final QuotaService quotas;
    private final NeedToKnowFilter needToKnow;

    @Activate
    public KpiResource(@Reference KpiService kpis, @Reference QuotaService quotas, @Reference NeedToKnowFilter needToKnow) {
        this.kpis = kpis;
        this.quotas = quotas;
        this.needToKnow = needToKnow;
    }

    @GET
    @Path("/cohort")
    @Parameter(name = "programme", in = ParameterIn.QUERY, required = true, schema = @Schema(implementation = Programme.class))
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year, e.g. 2024", schema = @Schema(type = "integer", format = "int32"))
    public CohortKpi cohort(@PathParam("code") String code, @QueryParam("programme") String programme,
                            @QueryParam("year") String year) {
        QueryParams params = new QueryParams();
        Programme p = params.requiredEnum("programme", programme, Programme.class);
        Integer y = params.year("year", year);
        params.throwIfInvalid();
        return kpis.cohort(code, p, y);
    }

    /** The cohort as CSV (semicolon-separated, as Danish spreadsheets expect), one figure per line. */
    @GET
    @Path("/cohort.csv")
    @Produces("text/csv; charset=UTF-8")
    @Parameter(name = "programme", in = ParameterIn.QUERY, required = true, schema = @Schema(implementation = Programme.class))
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year, e.g. 2024", schema = @Schema(type = "integer", format = "int32"))
    @ApiResponse(responseCode = "200", description = "The cohort's figures, one per line (nøgletal;værdi)", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    public Response cohortCsv(@PathParam("code") String code, @QueryParam("programme") String programme,
                              @QueryParam("year") String year) {
        CohortKpi k = cohort(code, programme, year);
        CsvTable csv = new CsvTable("nøgletal", "værdi");
        line(csv, "uddannelse", k.programme());
        line(csv, "årgang", k.year());
        line(csv, "ansat", k.hired());
        line(csv, "gennemført", k.completed());
        line(csv, "gennemførelsesandel", k.completionRate());
        line(csv, "frafaldet", k.droppedOut());
        line(csv, "frafaldsandel", k.dropoutRate());
        line(csv, "i gang", k.active());
        line(csv, "ansat efter uddannelse", k.employed());
        line(csv, "ansættelsesandel af gennemførte", k.employmentRate());
        line(csv, "ansættelsesandel af årgangen", k.employedOfCohortRate());
        for (UnitType u : UnitType.values()) {
            line(csv, "ansat: " + u.label(), k.employedByUnitType().getOrDefault(u, 0L));
        }
        for (DropoutReason r : DropoutReason.values()) {
            line(csv, "frafald: " + r.label(), k.dropoutByReason().getOrDefault(r, 0L));
        }
        k.dropoutByPhase().forEach((phase, n) -> line(csv, "frafald i fase: " + phase, n));
        return Response.ok(csv.text())
                .header("Content-Disposition", "attachment; filename=\"kohorte-" + code + "-" + k.programme() + "-" + k.year() + ".csv\"")
                .build();
    }

    private static void line(CsvTable csv, String name, Object value) {
        csv.row(name, value);
    }

    @GET
    @Path("/dropouts")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year, e.g. 2024", schema = @Schema(type = "integer", format = "int32"))
    public KpiService.DropoutKpi dropouts(@PathParam("code") String code, @QueryParam("year") String year) {
        return kpis.dropouts(code, year(year));
    }

    /** {@code cohorts=SSH:2022,SSA:2020}; without it, the latest completed cohort of each programme. */
    @GET
    @Path("/combined")
    @Parameter(name = "cohorts", in = ParameterIn.QUERY, description = "PROGRAMME:YEAR pairs, e.g. SSH:2022,SSA:2020; default the latest completed cohort of each programme", schema = @Schema(type = "string", example = "SSH:2022,SSA:2020"))
    public KpiService.CombinedKpi combined(@PathParam("code") String code, @QueryParam("cohorts") String cohorts) {
        Map<Programme, Integer> chosen = new EnumMap<>(Programme.class);
        if (cohorts != null && !cohorts.isBlank()) {
            QueryParams params = new QueryParams();
            for (String part : cohorts.split(",")) {
                String[] pair = part.strip().split(":");
                if (pair.length != 2) {
                    throw new ValidationException("cohorts", "write each cohort as PROGRAMME:YEAR, e.g. SSH:2022,SSA:2020");
                }
                Programme p = params.requiredEnum("cohorts", pair[0].strip(), Programme.class);
                Integer y = params.year("cohorts", pair[1].strip());
                params.throwIfInvalid();
                if (chosen.put(p, y) != null) {
                    throw new ValidationException("cohorts", "one cohort per programme");
                }
            }
        }
        return kpis.combined(code, chosen);
    }

    @GET
    @Path("/quota")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year, e.g. 2024", schema = @Schema(type = "integer", format = "int32"))
    public KpiService.QuotaKpi quota(@PathParam("code") String code, @QueryParam("year") String year) {
        return kpis.quota(code, year(year));
    }

    /** Sets the agreed minimum intake per programme, e.g. {@code {"SSA": 56, "SSH": 27}}. */
    @PUT
    @Path("/quota")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    public Map<Programme, Integer> setQuota(@PathParam("code") String code, Map<Programme, Integer> minimums) {
        return quotas.setQuota(code, minimums);
    }

    @GET
    @Path("/recruitment")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year, e.g. 2024", schema = @Schema(type = "integer", format = "int32"))
    public KpiService.RecruitmentKpi recruitment(@PathParam("code") String code, @QueryParam("year") String year) {
        return kpis.recruitment(code, year(year));
    }

    @GET
    @Path("/sick-leave")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year, e.g. 2024", schema = @Schema(type = "integer", format = "int32"))
    public KpiService.SickLeaveKpi sickLeave(@PathParam("code") String code, @QueryParam("year") String year) {
        return kpis.sickLeave(code, year(year));
    }

    /** The year's sick leave by programme, cohort, placement site and student. */
    @GET
    @Path("/sick-leave/breakdown")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year, e.g. 2024", schema = @Schema(type = "integer", format = "int32"))
    public KpiService.SickLeaveBreakdown sickLeaveBreakdown(@PathParam("code") String code, @QueryParam("year") String year,
                                                            @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        return needToKnow.sickLeave(dk.sosuhub.web.Callers.of(security), code, kpis.sickLeaveBreakdown(code, year(year)));
    }

    /** All KPIs of {@code year} (default: the last complete year) in one answer; see {@link KpiService.KpiReport}. */
    @GET
    @Path("/report")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year; default the last complete year", schema = @Schema(type = "integer", format = "int32"))
    public KpiService.KpiReport report(@PathParam("code") String code, @QueryParam("year") String year) {
        return kpis.report(code, yearOrLastComplete(year));
    }

    /** The report as CSV (semicolon-separated, decimal comma), one figure per line. */
    @GET
    @Path("/report.csv")
    @Produces("text/csv; charset=UTF-8")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "the year; default the last complete year", schema = @Schema(type = "integer", format = "int32"))
    @ApiResponse(responseCode = "200", description = "The report's figures, one per line (nøgletal;værdi)", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    public Response reportCsv(@PathParam("code") String code, @QueryParam("year") String year) {
        KpiService.KpiReport r = report(code, year);
        CsvTable csv = new CsvTable("nøgletal", "værdi");
        line(csv, "kommune", r.municipality());
        line(csv, "år", r.year());
        for (CohortKpi k : r.cohorts()) {
            cohortLines(csv, "årgang " + k.year() + " " + k.programme() + ": ", k);
        }
        for (CohortKpi k : r.latestCompleted().cohorts()) {
            cohortLines(csv, "seneste afsluttede årgang " + k.programme() + " " + k.year() + ": ", k);
        }
        line(csv, "seneste afsluttede årgange: ansat efter uddannelse", r.latestCompleted().employed());
        line(csv, "seneste afsluttede årgange: ansættelsesandel af årgangene", r.latestCompleted().employedOfCohortRate());
        r.dropouts().total().forEach((p, n) -> line(csv, "frafald i året " + p, n));
        r.dropouts().byReason().forEach((p, reasons) -> reasons.forEach((reason, n) ->
                line(csv, "frafald i året " + p + ": " + reason.label(), n)));
        for (KpiService.QuotaLine q : r.quota().programmes()) {
            line(csv, "dimensionering " + q.programme() + ": minimum", q.minimum());
            line(csv, "dimensionering " + q.programme() + ": ansat", q.hired());
            line(csv, "dimensionering " + q.programme() + ": opfyldt", q.met() == null ? null : q.met() ? "ja" : "nej");
        }
        line(csv, "ansat i året", r.recruitment().hired());
        line(csv, "intern rekruttering: egne ufaglærte", r.recruitment().ownUnskilledStaff());
        line(csv, "intern rekruttering: egne SSH'ere", r.recruitment().ownSshStaff());
        line(csv, "intern rekrutteringsandel", r.recruitment().internalRate());
        line(csv, "sygedage", r.sickLeave().sickDays());
        line(csv, "planlagte arbejdsdage", r.sickLeave().plannedDays());
        line(csv, "sygefravær", r.sickLeave().sickLeaveRate());
        return Response.ok(csv.text())
                .header("Content-Disposition", "attachment; filename=\"noegletal-" + code + "-" + r.year() + ".csv\"")
                .build();
    }

    private static void cohortLines(CsvTable csv, String prefix, CohortKpi k) {
        line(csv, prefix + "ansat", k.hired());
        line(csv, prefix + "gennemført", k.completed());
        line(csv, prefix + "gennemførelsesandel", k.completionRate());
        line(csv, prefix + "frafaldet", k.droppedOut());
        line(csv, prefix + "frafaldsandel", k.dropoutRate());
        line(csv, prefix + "i gang", k.active());
        line(csv, prefix + "ansat efter uddannelse", k.employed());
        line(csv, prefix + "ansættelsesandel af gennemførte", k.employmentRate());
    }

    /** A given year must be valid; without one, the last complete calendar year. */
    static int yearOrLastComplete(String year) {
        if (year == null || year.isBlank()) {
            return Denmark.today().getYear() - 1;
        }
        return year(year);
    }

    /** The {@code year} query parameter, validated (422 when it is not a year). */
    private static int year(String year) {
        QueryParams params = new QueryParams();
        Integer y = params.year("year", year);
        params.throwIfInvalid();
        return y;
    }
}
