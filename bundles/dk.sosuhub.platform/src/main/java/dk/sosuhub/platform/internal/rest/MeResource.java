package dk.sosuhub.platform.internal.rest;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import java.util.List;

/** Who the signed-in caller is: what the web pages show in their header and use to address the municipality. */
@Component(service = MeResource.class, property = RestResources.PROPERTY + "=true")
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /**
     * @param roles        wire names, e.g. {@code municipality-admin}
     * @param municipality the caller's municipality; {@code null} for a platform administrator
     */
    public record Me(String username, List<String> roles, Municipality municipality) {
    }

    private final MunicipalityService municipalities;

    @Activate
    public MeResource(@Reference MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    /** Any signed-in user. */
    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    public Me me(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Municipality municipality = caller.municipality() == null ? null
                : municipalities.find(caller.municipality()).orElse(new Municipality(caller.municipality(), null));
        return new Me(caller.username(), caller.roles().stream().map(Role::wireName).sorted().toList(), municipality);
    }
}
