package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.web.soap.SoapPublisher;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.HashMap;
import java.util.Map;

/** Publishes module SOAP services on CXF's default bus, served by its servlet at /soap (etc/org.apache.cxf.osgi.cfg). */
@Component(service = SoapPublisher.class)
public class SoapPublisherImpl implements SoapPublisher {

    static final int MAX_TEXT_LENGTH = 64 * 1024;
    static final int MAX_ELEMENTS = 50_000;

    private final UserService users;

    @Activate
    public SoapPublisherImpl(@Reference UserService users) {
        this.users = users;
    }

    @Override
    public AutoCloseable publish(String name, Class<?> serviceClass, Object implementor) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // JAXB and the WSDL builder look up their implementations through the context class loader
            Thread.currentThread().setContextClassLoader(JaxWsServerFactoryBean.class.getClassLoader());
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setBus(BusFactory.getDefaultBus());
            factory.setServiceClass(serviceClass);
            factory.setServiceBean(implementor);
            factory.setAddress("/" + name);
            // Validate requests against the WSDL's schema: an unknown enum value is a fault, not a silent null
            // and bound what a request may hold (the REST API's 1 MiB body limit, in XML terms)
            factory.setProperties(new HashMap<>(Map.of(
                    "schema-validation-enabled", "IN",
                    "org.apache.cxf.stax.maxTextLength", MAX_TEXT_LENGTH,
                    "org.apache.cxf.stax.maxElementCount", MAX_ELEMENTS)));
            factory.getInInterceptors().add(new SoapSizeLimit(RestServer.MAX_BODY_BYTES));
            factory.getInInterceptors().add(new SoapAuthInterceptor(users));
            factory.getOutFaultInterceptors().add(new SoapFaultInterceptor());
            Server server = factory.create();
            return server::destroy;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
