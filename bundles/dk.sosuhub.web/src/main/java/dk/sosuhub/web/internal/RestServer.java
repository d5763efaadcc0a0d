package dk.sosuhub.web.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.NeedToKnow;
import dk.sosuhub.web.RestResources;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
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
import org.slf4j.Logger;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Rebuilds run shortly after the change on a thread of their own, so a burst of changes gives one rebuild. Each
 * rebuild makes a new generation (bus, CXF servlet, server) beside the serving one and then switches
 * {@link ApiServlet} over to it: the API never has a gap, and requests still running on the old generation
 * (such as the one that removed a module) finish before it is closed.
 */
@Component(immediate = true, service = RestServer.class)
public class RestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    public static final String SERVLET_ALIAS = "/api";
    public static final String ADDRESS = "/v1";
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final long REBUILD_DELAY_MILLIS = 50;
    private static final long RETIRE_DELAY_SECONDS = 30;

    /** every registered resource with the bundle that registered it, which decides the module it belongs to */
    private final Map<Object, Bundle> resources = new ConcurrentHashMap<>();
    private final SignIn signIn;
    private final SessionStore sessions;
    private final AuditTrail audit;
    private final NeedToKnow needToKnow;
    private final Gate gate;
    private final ModuleOwners owners;
    private final HttpService http;
    private final ObjectMapper mapper;
    private final ApiServlet servlet = new ApiServlet();
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sosuhub-rest-rebuild"));
    private ScheduledFuture<?> pendingRebuild;
    private ServiceTracker<Object, Object> tracker;
    private Generation serving;
    private String version;
    private Bundle own;
    private boolean active;

    @Activate
    public RestServer(@Reference SignIn signIn, @Reference SessionStore sessions, @Reference AuditTrail audit, @Reference NeedToKnow needToKnow, @Reference AccessControl access, @Reference ModuleOwners owners,
                      @Reference HttpService http) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.audit = audit;
        this.needToKnow = needToKnow;
        this.gate = new Gate(access);
        this.owners = owners;
        this.http = http;
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(Utf8StringSerializer.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Activate
    synchronized void activate(BundleContext context) throws Exception {
        own = context.getBundle();
        version = own.getVersion().toString();
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
                if (resource == null) {
                    // the component failed to instantiate (logged by SCR): serve the others rather than none
                    LOG.warn("REST resource {} of {} could not be obtained; not served", reference.getProperty("component.name"),
                            reference.getBundle());
                    return null;
                }
                bindResource(resource, reference.getBundle());
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
        http.unregister(SERVLET_ALIAS);
        // generations waiting to retire are closed now rather than later
        rebuilder.shutdownNow().forEach(Runnable::run);
        if (serving != null) {
            serving.close();
            serving = null;
        }
    }

    private synchronized void bindResource(Object resource, Bundle bundle) {
        resources.put(resource, bundle);
        scheduleRebuild();
    }

    private synchronized void unbindResource(Object resource) {
        resources.remove(resource);
        scheduleRebuild();
    }

    private synchronized void rebuild() {
        if (!active) {
            return;
        }
        if (pendingRebuild != null) {
            // this rebuild takes in every change so far (activation's first one came with a scheduled twin)
            pendingRebuild.cancel(false);
            pendingRebuild = null;
        }
        Map<Class<?>, Bundle> bundles = new HashMap<>();
        List<Object> beans = new ArrayList<>();
        resources.forEach((resource, bundle) -> {
            if (servable(resource.getClass(), bundle)) {
                beans.add(resource);
                bundles.put(resource.getClass(), bundle);
            }
        });
        List<Class<?>> documented = List.copyOf(bundles.keySet());
        Map<Class<?>, String> modules = new HashMap<>();
        bundles.forEach((type, bundle) -> owners.ownerOf(bundle).map(ModuleOwners.Owner::moduleId)
                .ifPresent(id -> modules.put(type, id)));
        String apiVersion = version;
        beans.add(new OpenApiResource(() -> OpenApiDocument.json(documented, modules::get, apiVersion)));
        bundles.put(OpenApiResource.class, own);
        Generation next = newGeneration(beans, Map.copyOf(bundles));
        try {
            servlet.switchTo(next.servlet());
        } catch (Exception e) {
            next.close();
            throw new IllegalStateException("Could not start the rebuilt REST API", e);
        }
        Generation retiring = serving;
        serving = next;
        if (retiring != null) {
            rebuilder.schedule(retiring::close, RETIRE_DELAY_SECONDS, TimeUnit.SECONDS);
        }
        LOG.info("REST API {}{} serves {} resources", SERVLET_ALIAS, ADDRESS, documented.size());
    }

    /** Whether the resource keeps every {@link DoorRules door rule}; one that breaks any is logged and not served. */
    private static boolean servable(Class<?> type, Bundle bundle) {
        List<String> broken = DoorRules.rest(type, ModuleOwners.isPlatformBundle(bundle)).stream()
                .flatMap(op -> op.problems().stream().map(p -> op.path() + " " + p)).toList();
        if (!broken.isEmpty()) {
            LOG.error("Not serving REST resource {} of bundle {}: {}", type.getName(), bundle.getSymbolicName(),
                    String.join("; ", broken));
        }
        return broken.isEmpty();
    }

    private Generation newGeneration(List<Object> beans, Map<Class<?>, Bundle> bundles) {
        Bus bus;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(BusFactory.class.getClassLoader());
            bus = BusFactory.newInstance().createBus();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        // A registry of our own: in OSGi the buses share one, where two generations could not both hold /v1.
        DestinationRegistry registry = new DestinationRegistryImpl();
        CXFNonSpringServlet cxf = new CXFNonSpringServlet(registry, false);
        cxf.setBus(bus);
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setDestinationFactory(new HTTPTransportFactory(registry));
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(beans);
        factory.setProviders(List.of(new SizedJsonProvider(mapper), new AccessFilter(signIn, sessions, needToKnow, gate, owners, bundles::get),
                new ProblemMapper(), new PayloadLimit(MAX_BODY_BYTES), new AuditResponseFilter(audit)));
        factory.getInInterceptors().add(new UncachedInput());
        factory.getOutInterceptors().add(new DateHeader());
        return new Generation(bus, cxf, factory.create());
    }

    /** One build of the API: its own bus, CXF servlet and JAX-RS server. */
    private record Generation(Bus bus, CXFNonSpringServlet servlet, Server server) {
        void close() {
            server.destroy();
            servlet.destroy();
            bus.shutdown(true);
        }
    }
}
