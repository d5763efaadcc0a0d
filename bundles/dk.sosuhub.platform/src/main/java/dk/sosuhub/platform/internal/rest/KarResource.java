package dk.sosuhub.platform.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.platform.internal.KarAdmin;
import dk.sosuhub.platform.internal.KarAdmin.KarInfo;
import dk.sosuhub.web.BodyLimit;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;

/** KAR archives (an integrator's modules) installed at runtime, for platform administrators. */
@Component(service = KarResource.class, property = RestResources.PROPERTY + "=true")
@Path("/kars")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class KarResource {

    private final KarAdmin kars;

    @Activate
    public KarResource(@Reference KarAdmin kars) {
        this.kars = kars;
    }

    @GET
    public List<KarInfo> list() {
        return kars.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @BodyLimit(KarAdmin.MAX_BYTES)
    @Created(KarInfo.class)
    @Description("Installs a KAR (the archive as the body, at most 50 MiB) without starting its features; answers "
            + "with the features it brought, to be started with PUT /features/{name}. An archive that is not a KAR, "
            + "brings a feature the platform has already, or whose bundles would not resolve is refused (4xx) and "
            + "leaves the platform unchanged.")
    public Response install(InputStream archive, @Context UriInfo uri) {
        KarInfo installed = kars.install(archive);
        return Response.created(uri.getAbsolutePathBuilder().path(installed.name()).build()).entity(installed).build();
    }

    @DELETE
    @Path("{name}")
    @Description("Uninstalls the KAR and its features; the modules' data stays in the database.")
    public Response uninstall(@PathParam("name") String name) {
        kars.uninstall(name);
        return Response.noContent().build();
    }
}
