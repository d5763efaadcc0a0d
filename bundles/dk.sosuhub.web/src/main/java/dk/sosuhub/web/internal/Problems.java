package dk.sosuhub.web.internal;

import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import dk.sosuhub.core.api.error.ValidationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem responses: {@code application/problem+json} with type, title, status and detail. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    /** Problem types are URNs so that they are stable identifiers without promising a web page. */
    public static final String TYPE_PREFIX = "urn:sosuhub:problem:";

    private Problems() {
    }

    public static Map<String, Object> body(int status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        return body;
    }

    /** The {@code errors} of a validation problem: field and message, and the row for bulk input. */
    public static List<Map<String, Object>> errors(ValidationException v) {
        return v.errors().stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>();
            if (e.row() != null) {
                error.put("row", e.row());
            }
            error.put("field", e.field());
            error.put("message", e.message());
            return error;
        }).toList();
    }

    public static Response response(int status, Map<String, Object> body) {
        // A GenericEntity, because otherwise the failed resource method's return type is used to write the problem
        return Response.status(status).type(PROBLEM_JSON).entity(new GenericEntity<Map<String, Object>>(body) {
        }).build();
    }

    public static Response response(int status, String type, String title, String detail) {
        return response(status, body(status, type, title, detail));
    }
}
