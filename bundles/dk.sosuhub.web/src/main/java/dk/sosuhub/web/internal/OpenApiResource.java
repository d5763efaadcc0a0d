package dk.sosuhub.web.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Supplier;

/** {@code GET /api/v1/openapi.json}: the OpenAPI 3 document of the endpoints installed right now. Public. */
@Path("/openapi.json")
public class OpenApiResource {

    private final Supplier<Map<String, Object>> document;

    OpenApiResource(Supplier<Map<String, Object>> document) {
        this.document = document;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> document() {
        return document.get();
    }
}
