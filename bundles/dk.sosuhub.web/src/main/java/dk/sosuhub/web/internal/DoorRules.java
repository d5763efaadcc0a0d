package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.OwnMunicipality;
import dk.sosuhub.web.RestResources;
import dk.sosuhub.web.soap.SoapServices;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every door must keep to be served at all, checked when it is registered (a door that breaks one is
 * logged and not served):
 * <ul>
 *   <li>every operation says who may call it ({@code @RolesAllowed} or {@code @PermitAll}, on it or its class);</li>
 *   <li>a REST path under {@code /municipalities/} takes the municipality from {@code {code}}, so the one tenant
 *       check sees it;</li>
 *   <li>a module's operation is about one municipality (a REST path under {@code /municipalities/{code}}, a SOAP
 *       parameter named {@code municipality}), about the caller's own municipality ({@code @OwnMunicipality}, the
 *       Gate then checks that one) or is for platform administrators alone: module switches are per
 *       municipality, so anything else would escape them;</li>
 *   <li>no JAX-RS sub-resource locators (their methods would escape these checks);</li>
 *   <li>no request context ({@code @Context}) in a field of a REST resource: the API is rebuilt whenever a module
 *       comes or goes, each rebuild injects its own context proxies into the same resource object, and a request
 *       still running on the previous build would read one that knows nothing of it. Take it as a parameter.</li>
 * </ul>
 */
final class DoorRules {

    private static final Pattern MUNICIPALITY_SEGMENT = Pattern.compile("^/?municipalities/([^/]+)");
    private static final Pattern CODE_TEMPLATE = Pattern.compile("\\{\\s*" + RestResources.MUNICIPALITY_PARAM + "\\s*(:[^}]*)?}");

    private DoorRules() {
    }

    /** One operation as the rules see it. */
    record Operation(Method method, String path, List<String> problems) {
    }

    /** The REST operations of a resource class, each with the rules it breaks. */
    static List<Operation> rest(Class<?> type, boolean platform) {
        List<Operation> operations = new ArrayList<>();
        List<String> contextFields = contextFields(type);
        for (Method method : publicMethods(type)) {
            boolean http = httpMethod(method).isPresent();
            boolean located = method.isAnnotationPresent(Path.class);
            if (!http && !located) {
                continue;
            }
            String path = join(pathOf(type), pathOf(method));
            List<String> problems = new ArrayList<>();
            if (!http) {
                problems.add("is a sub-resource locator, which the access checks cannot follow");
            }
            problems.addAll(whoMayCall(method, type));
            if (!contextFields.isEmpty()) {
                problems.add("keeps a request context in a field (" + String.join(", ", contextFields) + "), which every "
                        + "REST rebuild re-injects; take it as a method parameter (@Context on the parameter)");
            }
            Matcher m = MUNICIPALITY_SEGMENT.matcher(path);
            boolean inMunicipality = m.find();
            if (inMunicipality && !CODE_TEMPLATE.matcher(m.group(1)).matches()) {
                problems.add("takes the municipality from '" + m.group(1) + "' instead of {" + RestResources.MUNICIPALITY_PARAM + "}");
            }
            if (!platform && !inMunicipality && !platformAdminOnly(method, type) && !ownMunicipality(method, type)) {
                problems.add("belongs to a module but is neither under /municipalities/{code}, nor about the caller's own"
                        + " municipality (@OwnMunicipality), nor for platform-admin alone");
            }
            if (ownMunicipality(method, type) && (inMunicipality || permitAll(method, type))) {
                problems.add("is marked @OwnMunicipality but is under /municipalities/ or open to anyone (@PermitAll)");
            }
            operations.add(new Operation(method, httpMethod(method).orElse("*") + " " + path, problems));
        }
        return operations;
    }

    /** The fields of the class and its superclasses that JAX-RS injects a request context into. */
    private static List<String> contextFields(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Context.class)) out.add(f.getName());
            }
        }
        return out;
    }

    /** The SOAP operations of a service class, each with the rules it breaks. */
    static List<Operation> soap(Class<?> type, boolean platform) {
        List<Operation> operations = new ArrayList<>();
        for (Method method : publicMethods(type)) {
            if (method.getDeclaringClass() == Object.class
                    || (method.isAnnotationPresent(WebMethod.class) && method.getAnnotation(WebMethod.class).exclude())) {
                continue;
            }
            List<String> problems = new ArrayList<>(whoMayCall(method, type));
            if (!platform && municipalityParameter(method) < 0 && !platformAdminOnly(method, type)) {
                problems.add("belongs to a module but has no parameter '" + SoapServices.MUNICIPALITY_PARAM
                        + "' and is not for platform-admin alone");
            }
            operations.add(new Operation(method, method.getName(), problems));
        }
        return operations;
    }

    /** The index of the operation's {@code municipality} parameter, or -1. */
    static int municipalityParameter(Method method) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            WebParam param = parameters[i].getAnnotation(WebParam.class);
            if (param != null && SoapServices.MUNICIPALITY_PARAM.equals(param.name())) {
                return i;
            }
        }
        return -1;
    }

    /** The roles that may call the operation; empty for {@code @PermitAll} (and for an operation that says nothing). */
    static Optional<RolesAllowed> roles(Method method, Class<?> type) {
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return Optional.of(method.getAnnotation(RolesAllowed.class));
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.getAnnotation(RolesAllowed.class));
    }

    static boolean permitAll(Method method, Class<?> type) {
        return method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class));
    }

    private static List<String> whoMayCall(Method method, Class<?> type) {
        return roles(method, type).isPresent() || permitAll(method, type) ? List.of()
                : List.of("says nothing of who may call it (@RolesAllowed or @PermitAll)");
    }

    /** A module's operation about the caller's own municipality ({@link OwnMunicipality}). */
    static boolean ownMunicipality(Method method, Class<?> type) {
        return method.isAnnotationPresent(OwnMunicipality.class) || type.isAnnotationPresent(OwnMunicipality.class);
    }

    private static boolean platformAdminOnly(Method method, Class<?> type) {
        return !permitAll(method, type) && roles(method, type)
                .map(r -> Arrays.equals(r.value(), new String[]{Role.PLATFORM_ADMIN_NAME})).orElse(false);
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge()).sorted(Comparator.comparing(Method::getName)).toList();
    }

    private static String pathOf(java.lang.reflect.AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String join(String a, String b) {
        String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
