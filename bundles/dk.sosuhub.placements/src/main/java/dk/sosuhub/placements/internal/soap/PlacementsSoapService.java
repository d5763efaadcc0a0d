package dk.sosuhub.placements.internal.soap;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.internal.PlacementsModule;
import dk.sosuhub.web.soap.SoapServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
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

    @Activate
    public PlacementsSoapService(@Reference PlacementService placements) {
        this.placements = placements;
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

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }
}
