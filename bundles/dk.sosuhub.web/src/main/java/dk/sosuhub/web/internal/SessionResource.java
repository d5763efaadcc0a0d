package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.web.Callers;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Sign-in for the pages: a session in a cookie instead of a password kept by the browser. Integrators keep
 * using HTTP Basic (or API tokens); the cookie is only ever sent to this origin ({@code SameSite=Strict}), and every
 * state-changing request made with it must carry the session's CSRF token in {@code X-CSRF-Token}.
 */
@Component(service = SessionResource.class, property = RestResources.PROPERTY + "=true")
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionResource.class);

    /** Body of {@code POST /session}. */
    public record SignInRequest(String username, String password) {
    }

    /**
     * @param csrfToken send it in {@code X-CSRF-Token} with every POST, PUT, PATCH and DELETE made with the cookie
     * @param expiresAt when the session ends unless used before (idle timeout), at most 8 hours after sign-in
     */
    public record SessionInfo(String username, List<String> roles, String municipality, String csrfToken,
                              Instant expiresAt) {
    }

    private final SignIn signIn;
    private final SessionStore sessions;

    @Activate
    public SessionResource(@Reference SignIn signIn, @Reference SessionStore sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @POST
    @PermitAll
    @Created(SessionInfo.class)
    @Description("Signs in with username and password and sets the session cookie (HttpOnly, SameSite=Strict, Secure "
            + "over HTTPS). 401 for wrong credentials; 429 with Retry-After after 5 failures in 15 minutes.")
    public Response signIn(SignInRequest body, @Context HttpServletRequest request) {
        SignInRequest r = body != null ? body : new SignInRequest(null, null);
        new Validator().requirePresent(r.username(), "username").requirePresent(r.password(), "password").throwIfInvalid();
        SignIn.Outcome outcome = signIn.check(r.username(), r.password(), request.getRemoteAddr());
        if (outcome.refusal() != null && outcome.refusal().throttled()) {
            return outcome.refusal().tooManyAttempts();
        }
        if (outcome.caller() == null) {
            return Problems.response(401, "unauthorized", "Unauthorized", "Wrong username or password");
        }
        sessions.end(SessionStore.tokenIn(request.getHeader(HttpHeaders.COOKIE)));
        SessionStore.Started started = sessions.start(outcome.caller(), request.getRemoteAddr());
        LOG.info("{} signed in from {}", outcome.caller().username(), request.getRemoteAddr());
        return Response.created(URI.create(request.getRequestURI()))
                .header(HttpHeaders.SET_COOKIE, SessionStore.cookie(started.token(), request.isSecure()))
                .entity(info(started.session())).build();
    }

    @GET
    @PermitAll
    @Description("The session of the cookie, with its CSRF token; 401 when there is none (signed out or expired).")
    public Response current(@Context HttpServletRequest request) {
        return sessions.find(SessionStore.tokenIn(request.getHeader(HttpHeaders.COOKIE)))
                .map(s -> Response.ok(info(s)).build())
                .orElseGet(() -> Problems.response(401, "unauthorized", "Unauthorized", "No session; sign in"));
    }

    @DELETE
    @PermitAll
    @Description("Signs out: the cookie stops working at once. Needs X-CSRF-Token like every change made with the cookie.")
    public Response signOut(@Context HttpServletRequest request) {
        String token = SessionStore.tokenIn(request.getHeader(HttpHeaders.COOKIE));
        var session = sessions.find(token);
        if (session.isPresent() && !SessionStore.csrfMatches(session.get(), request.getHeader(SessionStore.CSRF_HEADER))) {
            return Problems.response(403, "csrf", "Forbidden", "The X-CSRF-Token header is missing or wrong");
        }
        sessions.end(token);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionStore.cookie(null, request.isSecure())).build();
    }

    /**
     * One of the caller's sessions.
     *
     * @param current whether it is the session of this request's cookie
     */
    public record ActiveSession(String id, Instant startedAt, Instant lastSeenAt, String address, boolean current) {
    }

    @GET
    @Path("/all")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    @Description("The caller's own sessions (every browser signed in as them), without their tokens.")
    public List<ActiveSession> all(@Context SecurityContext security, @Context HttpServletRequest request) {
        Caller caller = Callers.of(security);
        var mine = sessions.find(SessionStore.tokenIn(request.getHeader(HttpHeaders.COOKIE)));
        return sessions.of(caller.username()).stream()
                .map(s -> new ActiveSession(s.id, s.created, s.lastSeen, s.address, mine.isPresent() && mine.get() == s))
                .toList();
    }

    @DELETE
    @Path("/all/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    @Description("Signs one of the caller's sessions out at once (e.g. a forgotten browser); 404 when they have none "
            + "with that id.")
    public Response end(@PathParam("id") String id, @Context SecurityContext security) {
        if (!sessions.end(Callers.of(security).username(), id)) {
            throw new NotFoundException("No session " + id);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("/others")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    @Description("Signs every other session of the caller out at once; the session of this request's cookie stays.")
    public Response endOthers(@Context SecurityContext security, @Context HttpServletRequest request) {
        var mine = sessions.find(SessionStore.tokenIn(request.getHeader(HttpHeaders.COOKIE)));
        sessions.endOthersOf(Callers.of(security).username(), mine.orElse(null));
        return Response.noContent().build();
    }

    private SessionInfo info(SessionStore.Session s) {
        Caller c = s.caller;
        return new SessionInfo(c.username(), c.roles().stream().map(Role::wireName).sorted().toList(), c.municipality(),
                s.csrfToken, sessions.expiresAt(s));
    }
}
