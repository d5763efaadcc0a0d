package dk.sosuhub.platform.internal.rest;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.module.ModuleService.MunicipalityModule;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.util.List;

/** Municipalities (onboarding, platform admins only) and each municipality's module switches. */
@Component(service = MunicipalityResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    /** Body of {@code PUT /municipalities/{code}/modules/{moduleId}}. */
    public record ModuleSwitch(Boolean enabled) {
    }

    private final MunicipalityService municipalities;
    private final ModuleService modules;

    @Activate
    public MunicipalityResource(@Reference MunicipalityService municipalities, @Reference ModuleService modules) {
        this.municipalities = municipalities;
        this.modules = modules;
    }

    @POST
    @Created(Municipality.class)
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    public Response create(Municipality municipality, @Context UriInfo uri) {
        Municipality created = municipalities.create(municipality != null ? municipality : new Municipality(null, null));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    /** Every municipality for a platform admin; the caller's own for everybody else. */
    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    public List<Municipality> list(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        return municipalities.list().stream().filter(m -> caller.canAccess(m.code())).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.SUPERVISOR_NAME, Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    public Municipality get(@PathParam("code") String code) {
        return municipalities.get(code);
    }

    @GET
    @Path("/{code}/modules")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    public List<MunicipalityModule> modules(@PathParam("code") String code) {
        return modules.forMunicipality(code);
    }

    @PUT
    @Path("/{code}/modules/{moduleId}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    public MunicipalityModule setModule(@PathParam("code") String code, @PathParam("moduleId") String moduleId,
                                        ModuleSwitch change) {
        if (change == null || change.enabled() == null) {
            throw new ValidationException("enabled", "is required (true or false)");
        }
        return modules.setEnabled(code, moduleId, change.enabled());
    }
}
