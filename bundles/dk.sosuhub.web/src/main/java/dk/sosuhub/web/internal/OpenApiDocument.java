package dk.sosuhub.web.internal;

import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the OpenAPI 3 document from the JAX-RS resources being served, so it always describes exactly the
 * installed modules' endpoints: paths and methods from the JAX-RS annotations, roles from {@code @RolesAllowed},
 * bodies from the Java records (field names as Jackson writes them), errors as RFC 9457 problems.
 */
final class OpenApiDocument {

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Malformed JSON");
        ERRORS.put("401", "Not signed in (HTTP Basic)");
        ERRORS.put("403", "Outside the caller's role or municipality, or the module is switched off there");
        ERRORS.put("404", "No such municipality or resource");
        ERRORS.put("409", "Conflicts with the current state");
        ERRORS.put("413", "Request body over 1 MiB");
        ERRORS.put("422", "Invalid field values; `errors` lists each field");
    }

    private final Map<String, Object> schemas = new TreeMap<>();

    private Function<Class<?>, String> moduleOf = type -> null;

    static Map<String, Object> build(Collection<Class<?>> resources, String version) {
        return build(resources, type -> null, version);
    }

    /** @param moduleOf the module each resource belongs to (its tag), null for the platform's own */
    static Map<String, Object> build(Collection<Class<?>> resources, Function<Class<?>, String> moduleOf, String version) {
        OpenApiDocument builder = new OpenApiDocument();
        builder.moduleOf = moduleOf;
        return builder.document(resources, version);
    }

    private Map<String, Object> document(Collection<Class<?>> resources, String version) {
        Map<String, Object> paths = new TreeMap<>();
        for (Class<?> type : resources.stream().sorted(Comparator.comparing(Class::getName)).toList()) {
            String base = pathOf(type.getAnnotation(Path.class));
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                String path = normalize(base + "/" + pathOf(method.getAnnotation(Path.class)));
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new TreeMap<>());
                item.put(httpMethod, operation(type, method, httpMethod));
            }
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "object");
        problem.put("description", "RFC 9457 problem details");
        problem.put("properties", Map.of(
                "type", Map.of("type", "string", "example", "urn:sosuhub:problem:validation"),
                "title", Map.of("type", "string"),
                "status", Map.of("type", "integer"),
                "detail", Map.of("type", "string"),
                "instance", Map.of("type", "string"),
                "errors", Map.of("type", "array", "items", Map.of("type", "object", "properties",
                        Map.of("row", Map.of("type", "integer", "description", "the row of bulk input, e.g. a CSV import"),
                                "field", Map.of("type", "string"), "message", Map.of("type", "string")))),
                "conflicts", Map.of("type", "array", "items", Map.of("type", "string")),
                "module", Map.of("type", "string")));
        schemas.put("Problem", problem);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "SOSU Hub API", "version", version,
                "description", "REST API of SOSU Hub. Every path with {code} is scoped to that municipality "
                        + "(official 3-digit code); errors are application/problem+json (RFC 9457). "
                        + "The same operations are offered over SOAP: see /soap/services."));
        doc.put("servers", List.of(Map.of("url", "/api/v1")));
        doc.put("security", List.of(Map.of("basicAuth", List.of())));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas,
                "securitySchemes", Map.of("basicAuth", Map.of("type", "http", "scheme", "basic"))));
        return doc;
    }

    private Map<String, Object> operation(Class<?> type, Method method, String httpMethod) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", type.getSimpleName().replace("Resource", "") + "_" + method.getName());
        String module = moduleOf.apply(type);
        op.put("tags", List.of(module != null ? module : "platform"));
        boolean permitAll = method.isAnnotationPresent(PermitAll.class);
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
        if (permitAll) {
            op.put("security", List.of());
        } else if (roles != null) {
            op.put("description", "Roles: " + String.join(", ", roles.value())
                    + (module != null ? ". Needs module '" + module + "' enabled in the municipality." : ""));
        }
        Description explained = method.getAnnotation(Description.class);
        if (explained != null) {
            op.merge("description", explained.value(), (roleText, text) -> text + "\n\n" + roleText);
        }
        List<Object> parameters = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(PathParam.class)) {
                parameters.add(Map.of("name", p.getAnnotation(PathParam.class).value(), "in", "path", "required", true,
                        "schema", schema(p.getParameterizedType())));
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                parameters.add(Map.of("name", p.getAnnotation(QueryParam.class).value(), "in", "query",
                        "schema", schema(p.getParameterizedType())));
            } else if (!p.isAnnotationPresent(Context.class) && Arrays.stream(p.getAnnotations()).map(Annotation::annotationType)
                    .noneMatch(a -> a.getPackageName().equals("javax.ws.rs"))) {
                Consumes consumes = method.getAnnotation(Consumes.class);
                String media = consumes != null && consumes.value().length > 0 ? consumes.value()[0] : "application/json";
                Map<String, Object> body = media.contains("json") ? schema(p.getParameterizedType()) : Map.of("type", "string");
                op.put("requestBody", Map.of("required", true, "content", Map.of(media, Map.of("schema", body))));
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Created created = method.getAnnotation(Created.class);
        if (created != null) {
            responses.put("201", Map.of("description", "Created; Location names the new resource",
                    "content", Map.of("application/json", Map.of("schema", schema(created.value())))));
        } else if (method.getReturnType() == Response.class || method.getReturnType() == void.class) {
            responses.put(httpMethod.equals("delete") ? "204" : "200", Map.of("description", "Done"));
        } else {
            responses.put("200", Map.of("description", "OK",
                    "content", Map.of("application/json", Map.of("schema", schema(method.getGenericReturnType())))));
        }
        ERRORS.forEach((status, description) -> responses.put(status, Map.of("description", description,
                "content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))))));
        op.put("responses", responses);
        return op;
    }

    private Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0]));
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of("type", "object");
        }
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", c == long.class || c == Long.class ? "int64" : "int32");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of());
                Map<String, Object> properties = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    properties.put(rc.getName(), schema(rc.getGenericType()));
                }
                schemas.put(name, Map.of("type", "object", "properties", properties));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    private static String httpMethod(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        return null;
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private static String normalize(String path) {
        String p = ("/" + path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
