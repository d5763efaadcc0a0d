package ${package}.internal.rest;

import ${package}.Item;
import ${package}.ItemService;
import dk.sosuhub.core.api.security.Role;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The items over REST at /api/v1/municipalities/{code}/${moduleId}/items. The platform checks, before any of this
 * runs, that the caller signed in, has one of the roles, belongs to the municipality {code} and that the
 * municipality has switched this module on: the resource belongs to the module of its bundle.
 */
@Component(service = ItemResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/${moduleId}/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
public class ItemResource {

    private final ItemService items;

    @Activate
    public ItemResource(@Reference ItemService items) {
        this.items = items;
    }

    @GET
    public List<Item> list(@PathParam("code") String code) {
        return items.list(code);
    }

    @POST
    @Created(Item.class)
    public Response create(@PathParam("code") String code, Item item, @Context UriInfo uri) {
        Item created = items.create(code, item);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public Item get(@PathParam("code") String code, @PathParam("id") long id) {
        return items.get(code, id);
    }

    @PUT
    @Path("{id}")
    public Item update(@PathParam("code") String code, @PathParam("id") long id, Item item) {
        return items.update(code, id, item);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("code") String code, @PathParam("id") long id) {
        items.delete(code, id);
        return Response.noContent().build();
    }
}
