package dk.sosuhub.platform.internal.rest;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.module.ModuleInfo;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.platform.internal.FeatureAdmin;
import dk.sosuhub.platform.internal.FeatureAdmin.FeatureInfo;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;

/** The installed modules and the platform's Karaf features, for platform administrators. */
@Component(service = PlatformResource.class, property = RestResources.PROPERTY + "=true")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class PlatformResource {

    /** Body of {@code PUT /features/{name}}. */
    public record FeatureChange(Boolean installed) {
    }

    private final ModuleService modules;
    private final FeatureAdmin features;

    @Activate
    public PlatformResource(@Reference ModuleService modules, @Reference FeatureAdmin features) {
        this.modules = modules;
        this.features = features;
    }

    @GET
    @Path("modules")
    public List<ModuleInfo> modules() {
        return modules.installed();
    }

    @GET
    @Path("features")
    public List<FeatureInfo> features() {
        return features.list();
    }

    @GET
    @Path("features/{name}")
    public FeatureInfo feature(@PathParam("name") String name) {
        return features.get(name);
    }

    @PUT
    @Path("features/{name}")
    public FeatureInfo setFeature(@PathParam("name") String name, FeatureChange change) {
        if (change == null || change.installed() == null) {
            throw new ValidationException("installed", "is required (true or false)");
        }
        return features.setInstalled(name, change.installed());
    }
}
