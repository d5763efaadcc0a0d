package dk.sosuhub.knowledge.internal.soap;

import dk.sosuhub.knowledge.GuideService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.knowledge.KnowledgeSearch;
import dk.sosuhub.knowledge.internal.KnowledgeModule;
import dk.sosuhub.knowledge.internal.SearchRequests;
import dk.sosuhub.web.soap.SoapServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import java.util.List;

/** The knowledge base over SOAP at /soap/knowledge, with the same rules as the REST API. */
@Component(service = KnowledgeSoapService.class, property = SoapServices.PROPERTY + "=" + KnowledgeModule.ID)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME, Role.STUDENT_NAME})
@WebService(name = "Knowledge", serviceName = "KnowledgeService", targetNamespace = KnowledgeSoapService.NS)
public class KnowledgeSoapService {

    public static final String NS = "urn:sosuhub:knowledge";

    private final GuideService guides;
    private final KnowledgeSearch search;

    @Activate
    public KnowledgeSoapService(@Reference GuideService guides, @Reference KnowledgeSearch search) {
        this.guides = guides;
        this.search = search;
    }

    @WebMethod
    @WebResult(name = "result")
    public SearchResultXml search(@WebParam(name = "municipality") String municipality,
                                  @WebParam(name = "query") String query,
                                  @WebParam(name = "audience") List<String> audience,
                                  @WebParam(name = "topic") List<String> topic,
                                  @WebParam(name = "page") Integer page) {
        return SearchResultXml.of(search.search(SearchRequests.of(municipality, query, audience, topic, page)));
    }

    @WebMethod
    @WebResult(name = "guide")
    public GuideXml getGuide(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") String id) {
        return GuideXml.of(guides.get(municipality, id));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    @WebResult(name = "guide")
    public GuideXml createGuide(@WebParam(name = "municipality") String municipality,
                                @WebParam(name = "guide") GuideXml guide) {
        return GuideXml.of(guides.create(municipality, required(guide).toData()));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    @WebResult(name = "guide")
    public GuideXml updateGuide(@WebParam(name = "municipality") String municipality,
                                @WebParam(name = "id") String id,
                                @WebParam(name = "guide") GuideXml guide) {
        return GuideXml.of(guides.update(municipality, id, required(guide).toData()));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
    public void deleteGuide(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") String id) {
        guides.delete(municipality, id);
    }


    private static GuideXml required(GuideXml guide) {
        if (guide == null) {
            throw new ValidationException("guide", "is required");
        }
        return guide;
    }
}
