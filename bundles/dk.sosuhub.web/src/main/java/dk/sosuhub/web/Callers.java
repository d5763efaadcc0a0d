package dk.sosuhub.web;

import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.security.Caller;

import javax.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The authenticated caller of a REST request. */
public final class Callers {

    private Callers() {
    }

    /** The principal the authentication filter put on the request. */
    public record CallerPrincipal(Caller caller) implements Principal {
        @Override
        public String getName() {
            return caller.username();
        }
    }

    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        throw new ForbiddenException("Not authenticated");
    }
}
