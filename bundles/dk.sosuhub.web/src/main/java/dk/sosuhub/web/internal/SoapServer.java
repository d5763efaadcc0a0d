package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.NeedToKnow;
import dk.sosuhub.web.soap.SoapServices;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jws.WebService;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The SOAP services at {@code /soap}: every service registered with {@value SoapServices#PROPERTY}, published
 * while it is registered. The SOAP face owns its bus, destination registry and CXF servlet for as long as the
 * web bundle runs; it never uses CXF's default bus, whose owner can change (a REST rebuild's bus can become the
 * default, and retiring that generation took every SOAP service with it).
 * <p>
 * A service is published on a thread of its own, in the order the services came: building a JAX-WS endpoint (its
 * WSDL and JAXB context) takes a tenth of a second or more, and done on the thread that registered the service it
 * held up the framework's start of every bundle after it (a boot published six of them in a row). A service that
 * goes is withdrawn at once, on the thread that unregisters it, before its bundle stops.
 */
@Component(immediate = true, service = {})
public class SoapServer {

    private static final Logger LOG = LoggerFactory.getLogger(SoapServer.class);
    static final String SERVLET_ALIAS = "/soap";
    static final int MAX_TEXT_LENGTH = 64 * 1024;
    static final int MAX_ELEMENTS = 50_000;

    private final SignIn signIn;
    private final AuditTrail audit;
    private final NeedToKnow needToKnow;
    private final Gate gate;
    private final ModuleOwners owners;
    private final HttpService http;
    private final Bus bus;
    private final DestinationRegistry registry = new DestinationRegistryImpl();
    private final CXFNonSpringServlet servlet;
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(r -> new Thread(r, "sosuhub-soap-publish"));
    private ServiceTracker<Object, Published> tracker;

    @Activate
    public SoapServer(@Reference SignIn signIn, @Reference AuditTrail audit, @Reference NeedToKnow needToKnow,
                      @Reference AccessControl access, @Reference ModuleOwners owners,
                      @Reference HttpService http) {
        this.signIn = signIn;
        this.audit = audit;
        this.needToKnow = needToKnow;
        this.gate = new Gate(access);
        this.owners = owners;
        this.http = http;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(BusFactory.class.getClassLoader());
            bus = BusFactory.newInstance().createBus();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        servlet = new CXFNonSpringServlet(registry, false);
        servlet.setBus(bus);
    }

    @Activate
    void activate(BundleContext context) throws Exception {
        http.registerServlet(SERVLET_ALIAS, new SoapDoor(servlet, signIn, RestServer.MAX_BODY_BYTES), new Hashtable<>(Map.of("servlet-name", "sosuhub-soap")), null);
        tracker = new ServiceTracker<>(context, context.createFilter("(" + SoapServices.PROPERTY + "=*)"), null) {
            @Override
            public Published addingService(ServiceReference<Object> reference) {
                Object implementor = context.getService(reference);
                if (implementor == null) {
                    return null;
                }
                Published published = new Published();
                String name = String.valueOf(reference.getProperty(SoapServices.PROPERTY));
                Bundle bundle = reference.getBundle();
                publisher.execute(() -> published.publish(() -> publish(name, implementor, bundle)));
                return published;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Published published) {
                published.withdraw();
                context.ungetService(reference);
            }
        };
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        publisher.shutdownNow();
        try {
            http.unregister(SERVLET_ALIAS);
        } catch (IllegalArgumentException e) {
            // already gone with the HTTP service
        }
        servlet.destroy();
        bus.shutdown(true);
    }

    /** One tracked service: published once its turn comes, unless it was withdrawn before. */
    static final class Published {
        private Server server;
        private boolean withdrawn;

        synchronized void publish(Supplier<Server> endpoint) {
            if (!withdrawn) {
                server = endpoint.get();
            }
        }

        synchronized void withdraw() {
            withdrawn = true;
            if (server != null) {
                server.destroy();
                server = null;
            }
        }
    }

    /** Publishes one service at /soap/{name}, or logs why not and returns null. */
    private Server publish(String name, Object implementor, Bundle bundle) {
        Class<?> type = implementor.getClass();
        List<String> broken = new java.util.ArrayList<>();
        if (!type.isAnnotationPresent(WebService.class)) {
            broken.add("the class is not a @WebService");
        }
        if (!name.matches("[a-z][a-z0-9-]*")) {
            broken.add("the name '" + name + "' is not lower-case letters, digits and '-'");
        }
        DoorRules.soap(type, ModuleOwners.isPlatformBundle(bundle)).forEach(op ->
                op.problems().forEach(p -> broken.add(op.path() + " " + p)));
        if (!broken.isEmpty()) {
            LOG.error("Not publishing SOAP service {} ({}) of bundle {}: {}", name, type.getName(),
                    bundle.getSymbolicName(), String.join("; ", broken));
            return null;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // JAXB and the WSDL builder look up their implementations through the context class loader
            Thread.currentThread().setContextClassLoader(JaxWsServerFactoryBean.class.getClassLoader());
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setBus(bus);
            factory.setDestinationFactory(new HTTPTransportFactory(registry));
            factory.setServiceClass(type);
            factory.setServiceBean(implementor);
            factory.setAddress("/" + name);
            // Validate requests against the WSDL's schema: an unknown enum value is a fault, not a silent null;
            // and bound what a request may hold (the REST API's 1 MiB body limit, in XML terms)
            factory.setProperties(new HashMap<>(Map.of(
                    "schema-validation-enabled", "IN",
                    "org.apache.cxf.stax.maxTextLength", MAX_TEXT_LENGTH,
                    "org.apache.cxf.stax.maxElementCount", MAX_ELEMENTS)));
            factory.getInInterceptors().add(new SoapAccessInterceptor(gate, name, type, () -> owners.ownerOf(bundle),
                    owners::holdsPersonalData, needToKnow));
            factory.getOutInterceptors().add(new SoapAuditInterceptor(audit));
            factory.getOutFaultInterceptors().add(new SoapFaultInterceptor());
            Server server = factory.create();
            LOG.info("SOAP service /soap/{} from {}", name, bundle.getSymbolicName());
            return server;
        } catch (RuntimeException e) {
            LOG.error("Could not publish SOAP service {} of bundle {}", name, bundle.getSymbolicName(), e);
            return null;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
