package dk.sosuhub.web.soap;

/**
 * How a module offers a SOAP service: publish its JAX-WS implementor in the component's activate method and
 * close the returned handle in deactivate. The service is then listed at {@code /soap/services} with its WSDL
 * at {@code /soap/<name>?wsdl}, behind HTTP Basic authentication; {@link SoapCaller#current()} gives the caller
 * inside an operation, and a {@link dk.sosuhub.core.api.error.SosuException} becomes a SOAP fault
 * ({@code soap:Client}) with a {@code problem} detail.
 */
public interface SoapPublisher {

    /** The address path below {@code /soap}, e.g. {@code students}. */
    AutoCloseable publish(String name, Class<?> serviceClass, Object implementor);
}
