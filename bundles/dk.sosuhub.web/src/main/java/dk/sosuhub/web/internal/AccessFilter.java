package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.web.Callers.CallerPrincipal;
import dk.sosuhub.web.RestResources;

import org.osgi.framework.Bundle;

import javax.annotation.Priority;
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
 * Every REST request passes here after matching: HTTP Basic authentication, then {@link Gate}: the operation's
 * roles, the municipality scope of the {@code {code}} path parameter and the switch of the module whose bundle
 * registered the resource. Resources therefore never see a request they must not serve, and have nothing to
 * declare for it but their roles.
 */
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    static final String REALM = "SOSU Hub";

    private final UserService users;
    private final Gate gate;
    private final ModuleOwners owners;
    private final Function<Class<?>, Bundle> bundles;

    @Context
    private ResourceInfo resourceInfo;

    /** @param bundles the bundle that registered each served resource class */
    AccessFilter(UserService users, Gate gate, ModuleOwners owners, Function<Class<?>, Bundle> bundles) {
        this.users = users;
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
        Optional<Caller> caller = BasicAuth.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(b -> users.authenticate(b.username(), b.password()));
        if (caller.isEmpty()) {
            if (!permitAll) {
                request.abortWith(Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                                "Sign in with HTTP Basic authentication"))
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
        gate.check(caller.get(), method, type, owners.ownerOf(bundles.apply(type)), municipality, false);
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
