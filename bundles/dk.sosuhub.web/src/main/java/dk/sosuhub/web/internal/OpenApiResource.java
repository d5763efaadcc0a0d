package dk.sosuhub.web.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.function.Supplier;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 document of the endpoints installed right now. Public. The
 * document is generated at most once per REST rebuild ({@link OpenApiDocument}), not per request: at its first
 * request, so that the rebuilds of a start (one per module that comes up) do not each generate a document that
 * nobody reads.
 */
@Path("/openapi.json")
public class OpenApiResource {

    private Supplier<String> generator;
    private volatile String document;

    OpenApiResource(Supplier<String> generator) {
        this.generator = generator;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        String d = document;
        if (d == null) {
            synchronized (this) {
                d = document;
                if (d == null) {
                    document = d = generator.get();
                    generator = null;
                }
            }
        }
        return d;
    }
}
