package dk.sosuhub.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sosuhub.web.Created;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiDocumentTest {

    enum Kind { A, B }

    enum Wire {
        ONE("one"), TWO("two");
        private final String wire;
        Wire(String wire) { this.wire = wire; }
        @Override
        public String toString() { return wire; }
    }

    record Thing(long id, String name, LocalDate day, Kind kind, List<String> tags, Wire wire) {
    }

    record Receipt(int count, List<Long> ids) {
    }

    @Path("/municipalities/{code}/things")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("municipality-admin")
    public static class ThingResource {
        @GET
        public List<Thing> list(@PathParam("code") String code, @QueryParam("kind") Kind kind,
                                @Parameter(schema = @Schema(type = "integer", format = "int32")) @QueryParam("year") String year,
                                @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("date") String date,
                                @QueryParam("all") boolean all) {
            return List.of();
        }

        @POST
        @Created(Receipt.class)
        public Response create(@PathParam("code") String code, Thing thing) {
            return null;
        }

        @GET
        @Path("/{id}")
        public Thing get(@PathParam("code") String code, @PathParam("id") long id) {
            return null;
        }

        @DELETE
        @Path("/{id}")
        public Response delete(@PathParam("code") String code, @PathParam("id") long id) {
            return null;
        }

        @GET
        @Path("/by-year")
        @Parameter(name = "year", in = ParameterIn.QUERY, required = true, schema = @Schema(type = "integer", format = "int32"))
        public List<Thing> byYear(@PathParam("code") String code, @QueryParam("year") String year) {
            return List.of();
        }

        @GET
        @Path("/open")
        @PermitAll
        public String open() {
            return "";
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... keys) {
        Object n = node;
        for (String k : keys) {
            n = ((Map<String, Object>) n).get(k);
        }
        return (T) n;
    }

    private static Map<String, Object> document() throws Exception {
        @SuppressWarnings("unchecked")
        String json = OpenApiDocument.json(List.of(ThingResource.class), type -> "things", "1.0");
        if (Boolean.getBoolean("openapi.print")) {
            System.out.println(json);
        }
        Map<String, Object> doc = new ObjectMapper().readValue(json, Map.class);
        return doc;
    }

    @Test
    void describesPathsBodiesAndErrors() throws Exception {
        Map<String, Object> doc = document();
        assertTrue(at(doc, "openapi").toString().startsWith("3."));
        assertEquals("1.0", at(doc, "info", "version"));
        assertEquals(List.of(Map.of("url", "/api/v1")), at(doc, "servers"));
        assertEquals(Map.of("type", "http", "scheme", "basic"), at(doc, "components", "securitySchemes", "basicAuth"));
        Map<String, Object> paths = at(doc, "paths");
        assertEquals(List.of("/municipalities/{code}/things", "/municipalities/{code}/things/by-year", "/municipalities/{code}/things/open",
                "/municipalities/{code}/things/{id}"), List.copyOf(paths.keySet()));
        Map<String, Object> post = at(paths, "/municipalities/{code}/things", "post");
        assertEquals("Thing_create", post.get("operationId"));
        Map<String, Object> responses = at(post, "responses");
        assertTrue(responses.containsKey("201") && responses.containsKey("422") && responses.containsKey("403"));
        assertEquals("#/components/schemas/Receipt", at(responses, "201", "content", "application/json", "schema", "$ref"));
        assertEquals("#/components/schemas/Problem", at(responses, "422", "content", "application/problem+json", "schema", "$ref"));
        assertEquals("#/components/schemas/Thing", at(post, "requestBody", "content", "application/json", "schema", "$ref"));
        assertEquals(List.of("things"), post.get("tags"));
        assertTrue(at(post, "description").toString().contains("Roles: municipality-admin"));
        Map<String, Object> thing = at(doc, "components", "schemas", "Thing", "properties");
        assertEquals(Map.of("type", "string", "format", "date"), thing.get("day"));
        assertEquals(List.of("A", "B"), at(thing, "kind", "enum"));
        assertEquals(List.of("one", "two"), at(thing, "wire", "enum"), "enums as the REST mapper writes them (toString)");
        assertTrue(at(doc, "components", "schemas", "Receipt") != null);
        assertTrue(at(doc, "components", "schemas", "Problem") != null);
    }

    @Test
    void typesEveryParameter() throws Exception {
        Map<String, Object> doc = document();
        List<Map<String, Object>> params = at(doc, "paths", "/municipalities/{code}/things", "get", "parameters");
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        params.forEach(p -> byName.put((String) p.get("name"), p));
        assertEquals(Map.of("type", "string"), byName.get("code").get("schema"));
        assertEquals(true, byName.get("code").get("required"));
        assertEquals(List.of("A", "B"), at(byName.get("kind"), "schema", "enum"));
        assertEquals("integer", at(byName.get("year"), "schema", "type"));
        assertEquals("date", at(byName.get("date"), "schema", "format"));
        assertEquals("boolean", at(byName.get("all"), "schema", "type"));
        List<Map<String, Object>> idParams = at(doc, "paths", "/municipalities/{code}/things/{id}", "get", "parameters");
        assertTrue(idParams.stream().anyMatch(p -> p.get("name").equals("id") && at(p, "schema", "type").equals("integer")
                && at(p, "schema", "format").equals("int64")));
        assertEquals(5, params.size(), "no parameter twice");
        List<Map<String, Object>> byYear = at(doc, "paths", "/municipalities/{code}/things/by-year", "get", "parameters");
        assertEquals(2, byYear.size(), "a method-level @Parameter replaces the JAX-RS parameter of its name");
        Map<String, Object> year = byYear.stream().filter(p -> p.get("name").equals("year")).findFirst().orElseThrow();
        assertEquals("integer", at(year, "schema", "type"));
        assertEquals(true, year.get("required"));
    }

    @Test
    void answersWithoutABodyAndPublicOperations() throws Exception {
        Map<String, Object> doc = document();
        Map<String, Object> delete = at(doc, "paths", "/municipalities/{code}/things/{id}", "delete", "responses");
        assertTrue(delete.containsKey("204"));
        assertNull(at(delete, "204", "content"));
        assertFalse(delete.containsKey("default"));
        Map<String, Object> get = at(doc, "paths", "/municipalities/{code}/things/{id}", "get", "responses");
        assertEquals("#/components/schemas/Thing", at(get, "200", "content", "application/json", "schema", "$ref"));
        assertEquals(List.of(), at(doc, "paths", "/municipalities/{code}/things/open", "get", "security"));
    }
}
