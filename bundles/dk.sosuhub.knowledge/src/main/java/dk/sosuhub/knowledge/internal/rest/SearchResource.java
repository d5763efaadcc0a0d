package dk.sosuhub.knowledge.internal.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.knowledge.KnowledgeSearch;
import dk.sosuhub.knowledge.SearchResult;
import dk.sosuhub.knowledge.internal.KnowledgeModule;
import dk.sosuhub.knowledge.internal.SearchRequests;
import dk.sosuhub.web.QueryParams;
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
import java.util.List;

/**
 * Search in the guides a municipality sees. {@code q} is any text (never a query syntax); an empty {@code q}
 * lists every guide by title. {@code audience} and {@code topic} may repeat (any of them matches).
 */
@Component(service = SearchResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME,
        Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
public class SearchResource {

    private final KnowledgeSearch search;

    @Activate
    public SearchResource(@Reference KnowledgeSearch search) {
        this.search = search;
    }

    @GET
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
    public SearchResult search(@PathParam("code") String code,
                               @QueryParam("q") String q,
                               @QueryParam("audience") List<String> audience,
                               @QueryParam("topic") List<String> topic,
                               @QueryParam("page") String page) {
        QueryParams params = new QueryParams();
        Integer p = params.integer("page", page);
        params.throwIfInvalid();
        return search.search(SearchRequests.of(code, q, audience, topic, p));
    }
}
