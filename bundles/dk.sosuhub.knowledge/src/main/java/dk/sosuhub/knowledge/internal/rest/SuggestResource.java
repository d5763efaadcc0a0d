package dk.sosuhub.knowledge.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.knowledge.Completion;
import dk.sosuhub.knowledge.KnowledgeSearch;
import dk.sosuhub.knowledge.internal.KnowledgeModule;
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

/** Autocomplete for the search box: guide titles (with their id) and words, from the guides the municipality sees. */
@Component(service = SuggestResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/suggest")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME,
        Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
public class SuggestResource {

    /** @param suggestions titles first ({@code guideId} set), then words ({@code guideId} null) */
    public record Suggestions(String prefix, List<Completion> suggestions) {
    }

    private final KnowledgeSearch search;

    @Activate
    public SuggestResource(@Reference KnowledgeSearch search) {
        this.search = search;
    }

    @GET
    public Suggestions suggest(@PathParam("code") String code, @QueryParam("prefix") String prefix) {
        String p = prefix == null ? "" : prefix;
        return new Suggestions(p, search.suggest(code, p));
    }
}
