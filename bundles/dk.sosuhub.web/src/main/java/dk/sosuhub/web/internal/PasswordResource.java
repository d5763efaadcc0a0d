package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * A user changes their own password, proving the current one. The proof goes through the same throttled sign-in as
 * every other (so a stolen session cannot guess the password), and the change ends every session of the user,
 * this one included: the page signs in again with the new password.
 */
@Component(service = PasswordResource.class, property = RestResources.PROPERTY + "=true")
@Path("/me/password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

    /** Body of {@code PUT /me/password}. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    private final SignIn signIn;
    private final UserService users;

    @Activate
    public PasswordResource(@Reference SignIn signIn, @Reference UserService users) {
        this.signIn = signIn;
        this.users = users;
    }

    @PUT
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    @Description("Changes the caller's own password: 204, and every session of the user ends (sign in again). 403 when "
            + "the current password is wrong or the user signs in with the municipality's login; 422 when the new one "
            + "breaks a rule (12-128 characters, not the username, not among the 10,000 most common); 429 after "
            + "5 wrong current passwords in 15 minutes.")
    public Response change(PasswordChange body, @Context SecurityContext security, @Context HttpServletRequest request) {
        Caller caller = Callers.of(security);
        PasswordChange c = body != null ? body : new PasswordChange(null, null);
        new Validator().requirePresent(c.currentPassword(), "currentPassword").requirePresent(c.newPassword(), "newPassword")
                .throwIfInvalid();
        if (caller.username().contains(":")) {
            return Problems.response(403, "forbidden", "Forbidden",
                    "You sign in with your municipality's login; change your password there");
        }
        SignIn.Outcome proof = signIn.check(caller.username(), c.currentPassword(), request.getRemoteAddr());
        if (proof.refusal() != null && proof.refusal().throttled()) {
            return proof.refusal().tooManyAttempts();
        }
        if (proof.caller() == null) {
            return Problems.response(403, "forbidden", "Forbidden", "The current password is wrong");
        }
        users.changeOwnPassword(caller, c.currentPassword(), c.newPassword());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionStore.cookie(null, request.isSecure())).build();
    }
}
