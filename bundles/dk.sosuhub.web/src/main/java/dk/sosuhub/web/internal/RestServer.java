package dk.sosuhub.web.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.web.RestResources;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.slf4j.Logger;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The REST API at {@code /api/v1}: one CXF JAX-RS server, on a bus and servlet of its own, made of every
 * registered resource service with {@value RestResources#PROPERTY}{@code =true}. When a module's bundle comes
 * or goes, the server is rebuilt with the resources present, so a stopped module's endpoints are gone.
 * Rebuilds run shortly after the change on a thread of their own: a request that installs or removes a module
 * must not have its own server destroyed under it, and a burst of changes gives one rebuild.
 */
@Component(immediate = true, service = RestServer.class)
public class RestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    public static final String SERVLET_ALIAS = "/api";
    public static final String ADDRESS = "/v1";
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final long REBUILD_DELAY_MILLIS = 50;

    private final Map<Object, Boolean> resources = new ConcurrentHashMap<>();
    private final UserService users;
    private final AccessControl access;
    private final HttpService http;
    private final ObjectMapper mapper;
    private Bus bus;
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sosuhub-rest-rebuild"));
    private ScheduledFuture<?> pendingRebuild;
    private ServiceTracker<Object, Object> tracker;
    private Server server;
    private String version;
    private boolean active;

    @Activate
    public RestServer(@Reference UserService users, @Reference AccessControl access, @Reference HttpService http) {
        this.users = users;
        this.access = access;
        this.http = http;
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Activate
    synchronized void activate(BundleContext context) throws Exception {
        version = context.getBundle().getVersion().toString();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(BusFactory.class.getClassLoader());
            bus = BusFactory.newInstance().createBus();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        servlet.setBus(bus);
        Hashtable<String, String> init = new Hashtable<>();
        init.put("hide-service-list-page", "true");
        http.registerServlet(SERVLET_ALIAS, servlet, init, null);
        active = true;
        // A plain tracker rather than a DS reference: resources are registered under their own class, and a
        // DS reference would only match services registered as java.lang.Object.
        tracker = new ServiceTracker<>(context, context.createFilter("(" + RestResources.PROPERTY + "=true)"), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object resource = super.addingService(reference);
                bindResource(resource);
                return resource;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object resource) {
                unbindResource(resource);
                super.removedService(reference, resource);
            }
        };
        tracker.open(true);
        rebuild();
    }

    private synchronized void scheduleRebuild() {
        if (!active) {
            return;
        }
        if (pendingRebuild != null) {
            pendingRebuild.cancel(false);
        }
        pendingRebuild = rebuilder.schedule(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.error("Could not rebuild the REST API", e);
            }
        }, REBUILD_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        tracker.close();
        rebuilder.shutdownNow();
        if (server != null) {
            server.destroy();
            server = null;
        }
        http.unregister(SERVLET_ALIAS);
        bus.shutdown(true);
    }

    private synchronized void bindResource(Object resource) {
        resources.put(resource, Boolean.TRUE);
        scheduleRebuild();
    }

    private synchronized void unbindResource(Object resource) {
        resources.remove(resource);
        scheduleRebuild();
    }

    /** The resource classes currently served; the OpenAPI document is made from them. */
    private List<Class<?>> resourceClasses() {
        return resources.keySet().stream().<Class<?>>map(Object::getClass).toList();
    }

    private synchronized void rebuild() {
        if (!active) {
            return;
        }
        if (server != null) {
            server.destroy();
            server = null;
        }
        List<Object> beans = new ArrayList<>(resources.keySet());
        List<Class<?>> documented = resourceClasses();
        beans.add(new OpenApiResource(() -> OpenApiDocument.build(documented, version)));
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(beans);
        factory.setProviders(List.of(new JacksonJsonProvider(mapper), new AccessFilter(users, access),
                new ProblemMapper(), new PayloadLimit(MAX_BODY_BYTES)));
        server = factory.create();
        LOG.info("REST API {}{} serves {} resources", SERVLET_ALIAS, ADDRESS, documented.size());
    }
}
