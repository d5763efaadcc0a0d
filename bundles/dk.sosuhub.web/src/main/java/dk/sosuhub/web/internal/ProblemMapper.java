package dk.sosuhub.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.ModuleDisabledException;
import dk.sosuhub.core.api.error.SosuException;
import dk.sosuhub.core.api.error.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns every failure of a REST request into a problem+json response; unexpected ones are logged, not shown. */
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private UriInfo uriInfo;

    @Context
    private javax.ws.rs.core.SecurityContext security;

    @Override
    public Response toResponse(Throwable e) {
        Map<String, Object> body;
        if (cause(e, PayloadLimit.TooLarge.class) instanceof PayloadLimit.TooLarge t) {
            e = t;
        }
        if (e instanceof SosuException s) {
            body = Problems.body(s.status(), s.type(), s.title(), s.getMessage());
            if (s instanceof ForbiddenException) {
                LOG.warn("Access refused to {} on {}: {}", who(), path(), s.getMessage());
            }
            if (s instanceof ValidationException v) {
                // the fields and rules broken, never the values sent (they may be personal data)
                LOG.info("Invalid input from {} on {}: {}", who(), path(), v.errors().stream()
                        .map(ValidationException.FieldError::field).distinct().toList());
                body.put("errors", Problems.errors(v));
            } else if (s instanceof ConflictException c) {
                body.put("conflicts", c.conflicting());
            } else if (s instanceof ModuleDisabledException m) {
                body.put("module", m.moduleId());
            }
        } else if (cause(e, JsonProcessingException.class) instanceof JsonProcessingException j) {
            body = json(j);
        } else if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            int status = r.getStatus();
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
            body = Problems.body(status, title.toLowerCase().replace(' ', '-'), title, detail(w, status));
            Response problem = Problems.response(status, withInstance(body));
            return Response.fromResponse(r).type(Problems.PROBLEM_JSON).entity(problem.getEntity()).build();
        } else {
            LOG.error("Unexpected failure on {}", path(), e);
            body = Problems.body(500, "internal", "Internal error", "The request failed on the server; it has been logged.");
        }
        return Problems.response((Integer) body.get("status"), withInstance(body));
    }

    private Map<String, Object> withInstance(Map<String, Object> body) {
        String path = path();
        if (path != null) {
            body.put("instance", path);
        }
        return body;
    }

    /** The signed-in user, if any, for the log. */
    private String who() {
        try {
            java.security.Principal principal = security == null ? null : security.getUserPrincipal();
            return principal == null ? "an anonymous caller" : principal.getName();
        } catch (RuntimeException e) {
            return "an unknown caller";
        }
    }

    private String path() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String detail(WebApplicationException w, int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 406 -> "This resource answers only application/json";
            case 413 -> w.getMessage();
            case 415 -> "Send the request body as application/json";
            default -> w.getMessage();
        };
    }

    /** Malformed JSON is 400; well-formed JSON with a field of the wrong type or value is 422 naming the field. */
    private static Map<String, Object> json(JsonProcessingException j) {
        if (j instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message;
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                message = "unknown value '" + f.getValue() + "'; allowed: " + Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            } else if (m instanceof InvalidFormatException f) {
                message = "invalid value '" + f.getValue() + "' (expected " + typeName(f.getTargetType()) + ")";
            } else if (m instanceof UnrecognizedPropertyException) {
                message = "unknown field";
            } else {
                message = "has the wrong type";
            }
            ValidationException v = new ValidationException(List.of(new ValidationException.FieldError(field, message)));
            Map<String, Object> body = Problems.body(422, v.type(), v.title(), v.getMessage());
            body.put("errors", Problems.errors(v));
            return body;
        }
        return Problems.body(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON: " + j.getOriginalMessage());
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date as YYYY-MM-DD";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.getSimpleName();
        };
    }
}
