package dk.sosuhub.kpi.internal.rest;

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
    public NationalKpi national(@QueryParam("year") String year) {
        return national.national(KpiResource.yearOrLastComplete(year));
    }

    /** The per-municipality lines as CSV (semicolon-separated, decimal comma), the national sum last. */
    @GET
    @Path("/national.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response nationalCsv(@QueryParam("year") String year) {
        NationalKpi n = national(year);
        StringBuilder csv = new StringBuilder("kommunekode;kommune;ansat;gennemførelsesandel;frafaldsandel;"
                + "ansættelsesandel;sygefravær;dimensionering;opfyldelse;opfyldt\n");
        for (MunicipalityKpi m : n.municipalities()) {
            csv.append(String.join(";", m.code(), m.name(), cell(m.hired()), cell(m.completionRate()), cell(m.dropoutRate()),
                    cell(m.employmentRate()), cell(m.sickLeaveRate()), cell(m.quotaMinimum()), cell(m.quotaFulfilment()),
                    m.quotaMet() == null ? "" : m.quotaMet() ? "ja" : "nej")).append('\n');
        }
        long hired = n.cohorts().stream().mapToLong(c -> c.hired()).sum();
        long completed = n.cohorts().stream().mapToLong(c -> c.completed()).sum();
        long dropped = n.cohorts().stream().mapToLong(c -> c.droppedOut()).sum();
        long employed = n.cohorts().stream().mapToLong(c -> c.employed()).sum();
        csv.append(String.join(";", "", "Hele landet", cell(hired), cell(Rates.of(completed, hired)),
                cell(Rates.of(dropped, hired)), cell(Rates.of(employed, completed)),
                cell(n.sickLeave().sickLeaveRate()), "", "", "")).append('\n');
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"noegletal-hele-landet-" + n.year() + ".csv\"")
                .build();
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString().replace('.', ',');
    }
}
