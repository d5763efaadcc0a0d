package dk.sosuhub.web;

/**
 * How a module joins the REST API: register the JAX-RS resource object as a DS component with the service
 * property {@value #PROPERTY}{@code =true}, e.g.
 * <pre>{@code @Component(service = StudentResource.class, property = RestResources.PROPERTY + "=true")}</pre>
 * The web bundle serves it under {@code /api/v1} while the component is active, behind HTTP Basic
 * authentication, {@code @RolesAllowed} checks and, for paths with a {@code {code}} parameter, the
 * municipality scope and the module switch named by {@link ModuleResource}.
 */
public final class RestResources {

    public static final String PROPERTY = "sosuhub.rest.resource";

    /** The path parameter that names the municipality a request is about. */
    public static final String MUNICIPALITY_PARAM = "code";

    private RestResources() {
    }
}
