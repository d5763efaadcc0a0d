package dk.sosuhub.web.internal;

import dk.sosuhub.web.Created;
import org.junit.jupiter.api.Test;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiDocumentTest {

    enum Kind { A, B }

    record Thing(long id, String name, LocalDate day, Kind kind, List<String> tags) {
    }

    @Path("/municipalities/{code}/things")
    @RolesAllowed("municipality-admin")
    public static class ThingResource {
        @GET
        public List<Thing> list(@PathParam("code") String code, @QueryParam("kind") Kind kind) {
            return List.of();
        }

        @POST
        @Created(Thing.class)
        public Response create(@PathParam("code") String code, Thing thing) {
            return null;
        }

        @GET
        @Path("/{id}")
        public Thing get(@PathParam("code") String code, @PathParam("id") long id) {
            return null;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void describesPathsBodiesAndErrors() {
        Map<String, Object> doc = OpenApiDocument.build(List.of(ThingResource.class), type -> "things", "1.0");
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        assertEquals(List.of("/municipalities/{code}/things", "/municipalities/{code}/things/{id}"), List.copyOf(paths.keySet()));
        Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) paths.get("/municipalities/{code}/things")).get("post");
        Map<String, Object> responses = (Map<String, Object>) post.get("responses");
        assertTrue(responses.containsKey("201") && responses.containsKey("422") && responses.containsKey("403"));
        assertTrue(post.containsKey("requestBody"));
        assertEquals(List.of("things"), post.get("tags"));
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        Map<String, Object> thing = (Map<String, Object>) ((Map<String, Object>) schemas.get("Thing")).get("properties");
        assertEquals(List.of("id", "name", "day", "kind", "tags"), List.copyOf(thing.keySet()));
        assertEquals(Map.of("type", "string", "format", "date"), thing.get("day"));
        assertTrue(schemas.containsKey("Problem"));
    }
}
