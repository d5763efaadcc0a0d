package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.audit.AuditTrail.Action;
import dk.sosuhub.core.api.audit.AuditTrail.Channel;
import dk.sosuhub.core.api.security.Caller;

import javax.jws.WebParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which student a call is about (for need to know and the audit trail alike), and what it goes into the trail as: written once for every module, REST and SOAP
 * alike, from the operation itself. The action follows from the HTTP method or the SOAP operation's verb (a CSV
 * answer or an {@code /export} is an EXPORT, an {@code /erase} an ERASE); the student from the path
 * ({@code /students/{id}}) or a {@code studentId} parameter.
 */
final class AuditNotes {

    /** A call that passed the Gate; recorded once it has succeeded. */
    record Note(Caller caller, String municipality, Action action, String what, Long studentId, Channel channel) {
        void recordIn(AuditTrail trail) {
            trail.record(caller, municipality, action, what, studentId, channel);
        }
    }

    static final String PROPERTY = "dk.sosuhub.audit.note";

    private AuditNotes() {
    }

    static String restTemplate(Class<?> type, Method method) {
        String base = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
        String own = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        String path = (slash(base) + slash(own)).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String slash(String s) {
        return s.isEmpty() || s.startsWith("/") ? s : "/" + s;
    }

    static Action restAction(String httpMethod, Method method, String template) {
        if (template.endsWith("/erase")) {
            return Action.ERASE;
        }
        if (template.endsWith("/export") || template.endsWith(".csv") || produces(method, "text/csv")) {
            return Action.EXPORT;
        }
        return switch (httpMethod) {
            case "POST" -> Action.CREATE;
            case "PUT", "PATCH" -> Action.UPDATE;
            case "DELETE" -> Action.DELETE;
            default -> Action.READ;
        };
    }

    private static boolean produces(Method method, String type) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value()).anyMatch(p -> p.startsWith(type));
    }

    /** The student of a REST call: {@code /students/{id}…}, else a {@code studentId} path or query parameter. */
    static Long restStudent(String template, MultivaluedMap<String, String> path, MultivaluedMap<String, String> query) {
        String value = template.contains("/students/{id}") ? path.getFirst("id") : path.getFirst("studentId");
        if (value == null) {
            value = query.getFirst("studentId");
        }
        return number(value);
    }

    static Action soapAction(String operation) {
        String op = operation.toLowerCase(Locale.ROOT);
        if (op.startsWith("erase")) {
            return Action.ERASE;
        }
        if (op.startsWith("export")) {
            return Action.EXPORT;
        }
        for (String verb : List.of("create", "add", "register", "import", "post", "refer", "start", "plan")) {
            if (op.startsWith(verb)) {
                return Action.CREATE;
            }
        }
        for (String verb : List.of("update", "replace", "set", "accept", "close", "complete", "drop", "employ", "switch",
                "enable", "disable", "mark", "give", "withdraw")) {
            if (op.startsWith(verb)) {
                return Action.UPDATE;
            }
        }
        return op.startsWith("delete") || op.startsWith("remove") ? Action.DELETE : Action.READ;
    }

    /** The student of a SOAP call: a {@code studentId} parameter, or {@code id} of the students service. */
    static Long soapStudent(String service, Method method, List<Object> arguments) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length && arguments != null && i < arguments.size(); i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof WebParam p && ("studentId".equals(p.name()) || ("students".equals(service) && "id".equals(p.name())))) {
                    Object value = arguments.get(i);
                    return value == null ? null : number(value.toString());
                }
            }
        }
        return null;
    }

    private static Long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
