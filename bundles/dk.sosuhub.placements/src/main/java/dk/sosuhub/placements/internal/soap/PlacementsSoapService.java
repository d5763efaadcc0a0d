package dk.sosuhub.placements.internal.soap;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.internal.PlacementsModule;
import dk.sosuhub.placements.internal.planning.PlacementPlanning;
import dk.sosuhub.web.soap.SoapCaller;
import dk.sosuhub.web.soap.SoapServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Placement sites, supervisors, profiles and rules over SOAP at /soap/placements, with the REST API's rules:
 * staff and integrations read, administrators and the education team write.
 */
@Component(service = PlacementsSoapService.class, property = SoapServices.PROPERTY + "=" + PlacementsModule.ID)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
@WebService(name = "Placements", serviceName = "PlacementsService", targetNamespace = PlacementsSoapService.NS)
public class PlacementsSoapService {

    public static final String NS = "urn:sosuhub:placements";

    private final PlacementService placements;
    private final PlacementPlanning planning;

    @Activate
    public PlacementsSoapService(@Reference PlacementService placements, @Reference PlacementPlanning planning) {
        this.placements = placements;
        this.planning = planning;
    }

    @WebMethod
    @WebResult(name = "site")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public List<PlacementXml.Site> listSites(@WebParam(name = "municipality") String municipality) {
        return placements.sites(municipality).stream().map(PlacementXml.Site::of).toList();
    }

    @WebMethod
    @WebResult(name = "site")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
    public PlacementXml.Site getSite(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        return PlacementXml.Site.of(placements.site(municipality, id));
    }

    @WebMethod
    @WebResult(name = "site")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public PlacementXml.Site createSite(@WebParam(name = "municipality") String municipality,
                                       @WebParam(name = "site") PlacementXml.SiteInput site) {
        return PlacementXml.Site.of(placements.createSite(municipality, required(site, "site").toModel()));
    }

    @WebMethod
    @WebResult(name = "site")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public PlacementXml.Site updateSite(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                       @WebParam(name = "site") PlacementXml.SiteInput site) {
        return PlacementXml.Site.of(placements.updateSite(municipality, id, required(site, "site").toModel()));
    }

    /** Refused (conflict) while the site has supervisors or a placement profile names it. */
    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public void deleteSite(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        placements.deleteSite(municipality, id);
    }

    @WebMethod
    @WebResult(name = "supervisor")
    public List<PlacementXml.SupervisorView> listSupervisors(@WebParam(name = "municipality") String municipality,
                                                             @WebParam(name = "siteId") long siteId) {
        return placements.supervisors(municipality, siteId).stream().map(PlacementXml.SupervisorView::of).toList();
    }

    @WebMethod
    @WebResult(name = "supervisor")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public PlacementXml.SupervisorView createSupervisor(@WebParam(name = "municipality") String municipality,
                                                        @WebParam(name = "siteId") long siteId,
                                                        @WebParam(name = "supervisor") PlacementXml.SupervisorInput supervisor) {
        return PlacementXml.SupervisorView.of(placements.createSupervisor(municipality, siteId,
                required(supervisor, "supervisor").toModel()));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public void deleteSupervisor(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        placements.deleteSupervisor(municipality, id);
    }

    @WebMethod
    @WebResult(name = "profile")
    public PlacementXml.Profile getProfile(@WebParam(name = "municipality") String municipality,
                                           @WebParam(name = "studentId") long studentId) {
        return PlacementXml.Profile.of(placements.profile(municipality, studentId));
    }

    /** The rules of both programmes, one element per placement period (the defaults where never set). */
    @WebMethod
    @WebResult(name = "rule")
    public List<PlacementXml.Rule> getRules(@WebParam(name = "municipality") String municipality) {
        List<PlacementXml.Rule> rules = new ArrayList<>();
        placements.rules(municipality).forEach((programme, list) ->
                list.forEach(r -> rules.add(PlacementXml.Rule.of(programme, r))));
        return rules;
    }

    /** A proposal for the placement periods starting from {@code from} to {@code to}; applies nothing (REST POST .../placements/plan). */
    @WebMethod
    @WebResult(name = "proposal")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public PlanXml.Proposal plan(@WebParam(name = "municipality") String municipality,
                                 @WebParam(name = "from") String from,
                                 @WebParam(name = "to") String to) {
        return PlanXml.Proposal.of(planning.propose(municipality, date("from", from), date("to", to), SoapCaller.current()));
    }

    /** Applies a proposal; a fault with status 409 when it is stale or was accepted before. */
    @WebMethod
    @WebResult(name = "proposal")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public PlanXml.Proposal accept(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        return PlanXml.Proposal.of(planning.acceptProposal(municipality, id));
    }

    /** A coordinator's own placement, checked against the hard rules (REST PUT .../students/{id}/placements/{period}). */
    @WebMethod
    @WebResult(name = "placement")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public PlanXml.Placement setPlacement(@WebParam(name = "municipality") String municipality,
                                          @WebParam(name = "studentId") long studentId, @WebParam(name = "period") int period,
                                          @WebParam(name = "siteId") Long siteId, @WebParam(name = "supervisorId") Long supervisorId,
                                          @WebParam(name = "pinned") Boolean pinned) {
        return PlanXml.Placement.of(planning.setPlacement(municipality, studentId, period, siteId, supervisorId, pinned));
    }

    /** The placed periods overlapping from-to (both optional); students and supervisors see theirs, as over REST. */
    @WebMethod
    @WebResult(name = "placement")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME})
    public List<PlanXml.Placement> listPlacements(@WebParam(name = "municipality") String municipality,
                                                  @WebParam(name = "from") String from,
                                                  @WebParam(name = "to") String to) {
        return planning.placementsOf(municipality, date("from", from), date("to", to), SoapCaller.current()).stream().map(PlanXml.Placement::of).toList();
    }

    /** Per site and ISO week: capacity and booked (REST GET .../placements/capacity). */
    @WebMethod
    @WebResult(name = "site")
    public List<PlanXml.SiteCapacity> capacity(@WebParam(name = "municipality") String municipality,
                                               @WebParam(name = "from") String from,
                                               @WebParam(name = "to") String to) {
        return planning.capacity(municipality, date("from", from), date("to", to)).stream().map(PlanXml.SiteCapacity::of).toList();
    }

    /** A date parameter (yyyy-mm-dd); null when absent. */
    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, "must be a date like 2026-08-03");
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }
}
