package dk.sosuhub.web;

/**
 * How a module joins the REST API: register the JAX-RS resource object as a DS component with the service
 * property {@value #PROPERTY}{@code =true}, e.g.
 * <pre>{@code @Component(service = StudentResource.class, property = RestResources.PROPERTY + "=true")}</pre>
 * The web bundle serves it under {@code /api/v1} while the component is active, behind HTTP Basic
 * authentication and one check made before the resource runs: the operation's roles ({@code @RolesAllowed},
 * or {@code @PermitAll} for what anyone may read), the municipality scope of the {@value #MUNICIPALITY_PARAM}
 * path parameter and the switch of the module whose bundle registered the resource (the bundle's
 * {@link dk.sosuhub.core.api.module.SosuModule}). There is nothing else to declare, so nothing to forget.
 * A resource that breaks the rules is logged and not served: every operation declares its roles; a path under
 * {@code /municipalities/} takes the municipality from {@code {code}}; a module's path is under
 * {@code /municipalities/{code}} unless it is for platform-admin alone; no sub-resource locators.
 */
public final class RestResources {

    public static final String PROPERTY = "sosuhub.rest.resource";

    /** The path parameter that names the municipality a request is about. */
    public static final String MUNICIPALITY_PARAM = "code";

    private RestResources() {
    }
}
