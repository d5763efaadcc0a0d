package dk.sosuhub.knowledge.internal.soap;

import dk.sosuhub.knowledge.GuideService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.knowledge.KnowledgeSearch;
import dk.sosuhub.knowledge.internal.KnowledgeModule;
import dk.sosuhub.knowledge.internal.SearchRequests;
import dk.sosuhub.web.soap.SoapCaller;
import dk.sosuhub.web.soap.SoapPublisher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import java.util.List;

/** The knowledge base over SOAP at /soap/knowledge, with the same rules as the REST API. */
@Component(immediate = true, service = {})
@WebService(name = "Knowledge", serviceName = "KnowledgeService", targetNamespace = KnowledgeSoapService.NS)
public class KnowledgeSoapService {

    public static final String NS = "urn:sosuhub:knowledge";
    private static final Role[] WRITERS = {Role.PLATFORM_ADMIN, Role.MUNICIPALITY_ADMIN, Role.EDUCATION_TEAM};
    private static final Role[] READERS = Role.values();

    private final GuideService guides;
    private final KnowledgeSearch search;
    private final AccessControl access;
    private final AutoCloseable endpoint;

    @Activate
    public KnowledgeSoapService(@Reference GuideService guides, @Reference KnowledgeSearch search,
                                @Reference AccessControl access, @Reference SoapPublisher soap) {
        this.guides = guides;
        this.search = search;
        this.access = access;
        this.endpoint = soap.publish(KnowledgeModule.ID, KnowledgeSoapService.class, this);
    }

    @Deactivate
    void deactivate() throws Exception {
        endpoint.close();
    }

    @WebMethod
    @WebResult(name = "result")
    public SearchResultXml search(@WebParam(name = "municipality") String municipality,
                                  @WebParam(name = "query") String query,
                                  @WebParam(name = "audience") List<String> audience,
                                  @WebParam(name = "topic") List<String> topic,
                                  @WebParam(name = "page") Integer page) {
        authorize(municipality, READERS);
        return SearchResultXml.of(search.search(SearchRequests.of(municipality, query, audience, topic, page)));
    }

    @WebMethod
    @WebResult(name = "guide")
    public GuideXml getGuide(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") String id) {
        authorize(municipality, READERS);
        return GuideXml.of(guides.get(municipality, id));
    }

    @WebMethod
    @WebResult(name = "guide")
    public GuideXml createGuide(@WebParam(name = "municipality") String municipality,
                                @WebParam(name = "guide") GuideXml guide) {
        authorize(municipality, WRITERS);
        return GuideXml.of(guides.create(municipality, required(guide).toData()));
    }

    @WebMethod
    @WebResult(name = "guide")
    public GuideXml updateGuide(@WebParam(name = "municipality") String municipality,
                                @WebParam(name = "id") String id,
                                @WebParam(name = "guide") GuideXml guide) {
        authorize(municipality, WRITERS);
        return GuideXml.of(guides.update(municipality, id, required(guide).toData()));
    }

    @WebMethod
    public void deleteGuide(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") String id) {
        authorize(municipality, WRITERS);
        guides.delete(municipality, id);
    }

    private void authorize(String municipality, Role... roles) {
        Caller caller = SoapCaller.current();
        access.requireAnyRole(caller, roles);
        if (municipality == null) {
            throw new ValidationException("municipality", "is required");
        }
        access.check(caller, municipality, KnowledgeModule.ID);
    }

    private static GuideXml required(GuideXml guide) {
        if (guide == null) {
            throw new ValidationException("guide", "is required");
        }
        return guide;
    }
}
