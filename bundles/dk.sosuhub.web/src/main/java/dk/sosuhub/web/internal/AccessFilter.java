package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.NeedToKnow;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.Callers.CallerPrincipal;
import dk.sosuhub.web.RestResources;

import org.osgi.framework.Bundle;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every REST request passes here after matching: authentication (HTTP Basic, or the pages' session cookie with its
 * CSRF token for changes), then {@link Gate}: the operation's
 * roles, the municipality scope of the {@code {code}} path parameter and the switch of the module whose bundle
 * registered the resource. Resources therefore never see a request they must not serve, and have nothing to
 * declare for it but their roles.
 */
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    static final String REALM = "SOSU Hub";
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private final SignIn signIn;
    private final SessionStore sessions;
    private final NeedToKnow needToKnow;
    /**
     * Each operation's path template, read on every call of a municipality's door; kept per API generation (a new
     * filter comes with every rebuild), so an uninstalled module's classes are not held.
     */
    private final java.util.Map<Method, String> templates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Gate gate;
    private final ModuleOwners owners;
    private final Function<Class<?>, Bundle> bundles;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    /** @param bundles the bundle that registered each served resource class */
    AccessFilter(SignIn signIn, SessionStore sessions, NeedToKnow needToKnow, Gate gate, ModuleOwners owners,
                 Function<Class<?>, Bundle> bundles) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.needToKnow = needToKnow;
        this.gate = gate;
        this.owners = owners;
        this.bundles = bundles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        boolean permitAll = DoorRules.permitAll(method, type);
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<BasicAuth> credentials = BasicAuth.parse(authorization);
        String bearer = SignIn.bearerToken(authorization);
        Optional<Caller> caller = Optional.empty();
        boolean viaPage = false;
        if (bearer != null) {
            caller = signIn.bearer(bearer, servletRequest.getRemoteAddr());
        } else if (credentials.isPresent()) {
            SignIn.Outcome outcome = signIn.check(credentials.get().username(), credentials.get().password(),
                    servletRequest.getRemoteAddr());
            if (outcome.refusal() != null && outcome.refusal().throttled()) {
                request.abortWith(outcome.refusal().tooManyAttempts());
                return;
            }
            caller = Optional.ofNullable(outcome.caller());
        } else {
            Optional<SessionStore.Session> session = sessions.find(SessionStore.tokenIn(request.getHeaderString(HttpHeaders.COOKIE)));
            if (session.isPresent() && !permitAll && !SAFE_METHODS.contains(request.getMethod())
                    && !SessionStore.csrfMatches(session.get(), request.getHeaderString(SessionStore.CSRF_HEADER))) {
                request.abortWith(Problems.response(403, "csrf", "Forbidden",
                        "A change made with the session cookie needs the session's X-CSRF-Token header"));
                return;
            }
            caller = session.map(s -> s.caller);
            viaPage = session.isPresent();
        }
        if (caller.isEmpty()) {
            if (!permitAll) {
                request.abortWith(Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                                "Sign in with HTTP Basic authentication or an API token"))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"").build());
            }
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller.get(), secure));
        if (permitAll) {
            return;
        }
        String municipality = request.getUriInfo().getPathParameters().getFirst(RestResources.MUNICIPALITY_PARAM);
        if (DoorRules.ownMunicipality(method, type)) {
            gate.checkOwnMunicipality(caller.get(), method, type, owners.ownerOf(bundles.apply(type)));
            return;
        }
        Optional<ModuleOwners.Owner> owner = owners.ownerOf(bundles.apply(type));
        gate.check(caller.get(), method, type, owner, municipality, false);
        String template = templates.computeIfAbsent(method, m -> AuditNotes.restTemplate(type, m));
        Long student = municipality == null ? null : AuditNotes.restStudent(template,
                request.getUriInfo().getPathParameters(), request.getUriInfo().getQueryParameters());
        if (student != null && !needToKnow.maySee(caller.get(), municipality, student)) {
            // need to know: as if the student did not exist, so nobody learns who is on the register
            throw new NotFoundException("No student " + student);
        }
        if (municipality != null && owner.isPresent() && owners.holdsPersonalData(owner.get().moduleId())) {
            request.setProperty(AuditNotes.PROPERTY, new AuditNotes.Note(caller.get(), municipality,
                    AuditNotes.restAction(request.getMethod(), method, template), request.getMethod() + " " + template,
                    student,
                    viaPage ? AuditTrail.Channel.PAGE : AuditTrail.Channel.REST));
        }
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new CallerPrincipal(caller);
        }

        @Override
        public boolean isUserInRole(String role) {
            return Role.fromWireName(role).map(caller::has).orElse(false);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
