package dk.sosuhub.kpi.internal.rest;

import dk.sosuhub.core.api.Denmark;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.kpi.EarlyWarnings;
import dk.sosuhub.kpi.internal.NeedToKnowFilter;
import dk.sosuhub.kpi.internal.KpiModule;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.time.Clock;

/** Students at risk of dropping out, for the personal advisors and the education team. */
@Component(service = EarlyWarningResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/kpis/early-warnings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
        Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
public class EarlyWarningResource {

    static final String RULES = "The students enrolled on the date (default today) who are at risk, most reasons"
            + " first, each reason with a code, its Danish label and the specifics. RISING_SICK_LEAVE: sick days in"
            + " the last sickLeave.recentWeeks weeks (default 8) are at least sickLeave.threshold (0.10) of the"
            + " weekdays, or at least sickLeave.risingMinimum (0.05) and sickLeave.risingFactor (2) times the"
            + " student's rate before, given 4 weeks or more before. ABSENCE_IN_FIRST_PLACEMENT: at least"
            + " firstPlacement.maxSickDays (5) sick days in placement period 1. MISSED_TALK: in the latest placement"
            + " that has started, no expectations talk by talks.expectationsDays (14) days after its start, no"
            + " mid-term evaluation by its middle or no final evaluation by its end, each plus talks.graceDays (7)."
            + " The thresholds are the configuration dk.sosuhub.kpi (etc/dk.sosuhub.kpi.cfg); defaults in brackets."
            + " activeRetentionMentor / retentionMentorReferred: whether the student's retention-mentor course is running"
            + " on the date / the student waits for its start; null unless a module offering retention mentors (module"
            + " mentoring) is installed and switched on in the municipality.";

    private final EarlyWarnings warnings;
    private final NeedToKnowFilter needToKnow;
    private final Clock clock = Denmark.CLOCK;

    @Activate
    public EarlyWarningResource(@Reference EarlyWarnings warnings, @Reference NeedToKnowFilter needToKnow) {
        this.warnings = warnings;
        this.needToKnow = needToKnow;
    }

    @GET
    @Description(RULES)
    @Parameter(name = "date", in = ParameterIn.QUERY, description = "the day to measure on; default today", schema = @Schema(type = "string", format = "date"))
    public EarlyWarnings.EarlyWarningReport list(@PathParam("code") String code, @QueryParam("date") String date,
                                                 @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        return needToKnow.warnings(dk.sosuhub.web.Callers.of(security), code, warnings.warnings(code, AsOf.parse(date, clock)));
    }
}
