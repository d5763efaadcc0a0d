package dk.sosuhub.platform.internal.rest;

import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.core.api.security.UserService.User;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Users: a platform admin manages all, a municipality admin those of its own municipality. */
@Component(service = UserResource.class, property = RestResources.PROPERTY + "=true")
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
public class UserResource {

    /**
     * Body of {@code POST /users}; roles by their wire names, e.g. {@code municipality-admin}. {@code email}: where
     * notifications go (optional); {@code studentId}: for a user with role {@code student}, their student record.
     */
    public record NewUserRequest(String username, String password, List<String> roles, String municipality,
                                 String email, Long studentId) {
    }

    /** Body of {@code PUT /users/{username}}: replaces roles, email and studentId; the password only when given. */
    public record UserChangeRequest(String password, List<String> roles, String email, Long studentId) {
    }

    private final UserService users;

    @Activate
    public UserResource(@Reference UserService users) {
        this.users = users;
    }

    @POST
    @Created(User.class)
    public Response create(NewUserRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        NewUserRequest r = request != null ? request : new NewUserRequest(null, null, null, null, null, null);
        User created = users.create(Callers.of(security), new UserService.NewUser(r.username(), r.password(),
                roles(r.roles()), r.municipality(), r.email(), r.studentId()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    public List<User> list(@QueryParam("municipality") String municipality, @Context SecurityContext security) {
        return users.list(Callers.of(security), municipality);
    }

    @GET
    @Path("/{username}")
    public User get(@PathParam("username") String username, @Context SecurityContext security) {
        return users.get(Callers.of(security), username).orElseThrow(() -> new NotFoundException("No user " + username));
    }

    @PUT
    @Path("/{username}")
    public User update(@PathParam("username") String username, UserChangeRequest request,
                       @Context SecurityContext security) {
        UserChangeRequest r = request != null ? request : new UserChangeRequest(null, null, null, null);
        return users.update(Callers.of(security), username,
                new UserService.UserChange(r.password(), roles(r.roles()), r.email(), r.studentId()));
    }

    @DELETE
    @Path("/{username}")
    public Response delete(@PathParam("username") String username, @Context SecurityContext security) {
        users.delete(Callers.of(security), username);
        return Response.noContent().build();
    }

    static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Role.fromWireName(name).ifPresentOrElse(roles::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException("roles", "unknown role " + String.join(", ", unknown) + "; allowed: "
                    + String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::wireName).toList()));
        }
        return roles;
    }
}
