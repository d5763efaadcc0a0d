package dk.sosuhub.web.soap;

/**
 * How a module offers a SOAP service: register its JAX-WS implementor (a {@code @WebService} class) as a DS
 * component with the service property {@value #PROPERTY} set to its name, e.g.
 * <pre>{@code @Component(service = LokaleKurserSoapService.class, property = SoapServices.PROPERTY + "=lokalekurser")}</pre>
 * The web bundle then publishes it at {@code /soap/<name>} (WSDL at {@code /soap/<name>?wsdl}, listed at
 * {@code /soap/services}) for as long as the component is registered, behind HTTP Basic authentication and the
 * same checks as the REST API, made before the operation runs:
 * <ul>
 *   <li>each operation declares its roles with {@code @RolesAllowed} (or {@code @PermitAll}: any signed-in user);</li>
 *   <li>a module's operation takes the municipality as a parameter named {@value #MUNICIPALITY_PARAM}
 *       ({@code @WebParam(name = "municipality")}); the caller must belong to it and the module must be switched
 *       on there. The module is the one whose bundle registered the service: there is nothing else to declare;</li>
 *   <li>an operation that breaks these rules keeps the whole service from being published (logged).</li>
 * </ul>
 * Inside an operation {@link SoapCaller#current()} gives the caller; a
 * {@link dk.sosuhub.core.api.error.SosuException} becomes a SOAP fault ({@code soap:Client}) with a
 * {@code problem} detail.
 */
public final class SoapServices {

    /** The service property that names a SOAP service; its value is the address below {@code /soap}. */
    public static final String PROPERTY = "sosuhub.soap.service";

    /** The operation parameter that names the municipality a call is about. */
    public static final String MUNICIPALITY_PARAM = "municipality";

    private SoapServices() {
    }
}
