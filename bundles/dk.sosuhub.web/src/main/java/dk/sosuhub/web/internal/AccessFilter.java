package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.web.Callers.CallerPrincipal;
import dk.sosuhub.web.ModuleResource;
import dk.sosuhub.web.RestResources;

import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
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
import java.util.Arrays;
import java.util.Optional;

/**
 * Every REST request passes here after matching: HTTP Basic authentication, then {@code @RolesAllowed},
 * then the municipality scope of the {@code {code}} path parameter and the switch of the resource's module.
 * Resources therefore never see a request they must not serve.
 */
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    static final String REALM = "SOSU Hub";

    private final UserService users;
    private final AccessControl access;

    @Context
    private ResourceInfo resourceInfo;

    public AccessFilter(UserService users, AccessControl access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        boolean permitAll = method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class));
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
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
        if (roles != null && Arrays.stream(roles.value()).noneMatch(r -> Role.fromWireName(r).map(caller.get()::has).orElse(false))) {
            throw new ForbiddenException("This needs one of the roles " + String.join(", ", roles.value()));
        }
        String municipality = request.getUriInfo().getPathParameters().getFirst(RestResources.MUNICIPALITY_PARAM);
        if (municipality != null) {
            ModuleResource module = type.getAnnotation(ModuleResource.class);
            access.check(caller.get(), municipality, module == null ? null : module.value());
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
