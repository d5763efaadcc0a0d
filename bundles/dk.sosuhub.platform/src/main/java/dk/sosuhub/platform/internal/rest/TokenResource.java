package dk.sosuhub.platform.internal.rest;

import dk.sosuhub.core.api.security.ApiTokens;
import dk.sosuhub.core.api.security.ApiTokens.IssuedToken;
import dk.sosuhub.core.api.security.ApiTokens.TokenInfo;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/** The signed-in user's API tokens, for integrations: {@code Authorization: Bearer <token>}. */
@Component(service = TokenResource.class, property = RestResources.PROPERTY + "=true")
@Path("/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
        Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
public class TokenResource {

    /** Body of {@code POST /me/tokens}: a name to recognise it by and the last day it works (at most a year ahead). */
    public record NewToken(String name, LocalDate expiresOn) {
    }

    private final ApiTokens tokens;

    @Activate
    public TokenResource(@Reference ApiTokens tokens) {
        this.tokens = tokens;
    }

    @POST
    @Created(IssuedToken.class)
    @Description("Issues a token with the caller's roles and municipality. The token is in the answer this once; only "
            + "a hash is kept.")
    public Response issue(NewToken body, @Context SecurityContext security, @Context UriInfo uri) {
        NewToken b = body != null ? body : new NewToken(null, null);
        IssuedToken issued = tokens.issue(Callers.of(security), b.name(), b.expiresOn());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.id())).build()).entity(issued).build();
    }

    @GET
    public List<TokenInfo> list(@Context SecurityContext security) {
        return tokens.list(Callers.of(security));
    }

    @DELETE
    @Path("/{id}")
    @Description("Revokes the token at once.")
    public Response revoke(@PathParam("id") long id, @Context SecurityContext security) {
        tokens.revoke(Callers.of(security), id);
        return Response.noContent().build();
    }
}
