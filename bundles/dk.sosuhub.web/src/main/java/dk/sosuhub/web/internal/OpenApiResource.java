package dk.sosuhub.web.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 document of the endpoints installed right now. Public. The
 * document is generated once per REST rebuild ({@link OpenApiDocument}), not per request.
 */
@Path("/openapi.json")
public class OpenApiResource {

    private final String document;

    OpenApiResource(String document) {
        this.document = document;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        return document;
    }
}
