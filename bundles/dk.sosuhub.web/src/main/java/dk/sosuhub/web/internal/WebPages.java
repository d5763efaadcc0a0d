package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.module.ModuleInfo;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.web.WebPage;
import dk.sosuhub.web.internal.ModuleOwners.Owner;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.HttpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the shared page files ({@code /assets}: style sheet, API client, header) and every module's
 * {@link WebPage} while that module's component is active.
 */
@Component(immediate = true)
public class WebPages {

    private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);
    static final String ASSETS = "/assets";

    private final HttpService http;
    private final SignIn signIn;
    private final SessionStore sessions;
    private final ModuleService modules;
    private final ModuleOwners owners;
    private final Map<ServiceReference<WebPage>, String> registered = new HashMap<>();

    @Activate
    public WebPages(@Reference HttpService http, @Reference SignIn signIn, @Reference SessionStore sessions, @Reference ModuleService modules,
                    @Reference ModuleOwners owners) {
        this.http = http;
        this.signIn = signIn;
        this.sessions = sessions;
        this.modules = modules;
        this.owners = owners;
    }

    @Activate
    synchronized void activate(BundleContext context) throws Exception {
        http.registerServlet(ASSETS, new StaticFiles(context.getBundle(), ASSETS, "/assets"), named(ASSETS), null);
    }

    @Deactivate
    synchronized void deactivate() {
        registered.values().forEach(this::unregister);
        registered.clear();
        unregister(ASSETS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void bindPage(ServiceReference<WebPage> reference, WebPage page) {
        try {
            http.registerServlet(page.alias(), new StaticFiles(reference.getBundle(), page.alias(), page.root(),
                            guard(reference.getBundle())),
                    named(page.alias()), null);
            registered.put(reference, page.alias());
            LOG.info("Web page {} from {}", page.alias(), reference.getBundle().getSymbolicName());
        } catch (Exception e) {
            LOG.error("Could not serve the web page {} of {}", page.alias(), reference.getBundle().getSymbolicName(), e);
        }
    }

    synchronized void unbindPage(ServiceReference<WebPage> reference) {
        String alias = registered.remove(reference);
        if (alias != null) {
            unregister(alias);
        }
    }

    /**
     * A page belongs to the module of its bundle, like the module's REST and SOAP doors. The page itself is public
     * (it signs in through the API), but a request that carries the credentials of a user whose municipality has
     * switched the module off is refused with 403 naming the module; the API the page calls refuses the same.
     */
    private StaticFiles.Guard guard(Bundle bundle) {
        return request -> {
            Optional<Owner> owner = owners.ownerOf(bundle);
            if (owner.isEmpty()) {
                return Optional.of("Siden hører ikke til et installeret modul.");
            }
            String module = owner.get().moduleId();
            Optional<Caller> caller = BasicAuth.parse(request.getHeader("Authorization"))
                    .map(b -> signIn.check(b.username(), b.password(), request.getRemoteAddr()).caller())
                    .or(() -> sessions.find(SessionStore.tokenIn(request.getHeader("Cookie"))).map(s -> s.caller));
            if (module == null || caller.isEmpty() || caller.get().municipality() == null
                    || modules.isEnabled(caller.get().municipality(), module)) {
                return Optional.empty();
            }
            String name = modules.find(module).map(ModuleInfo::name).orElse(module);
            return Optional.of("Modulet '" + name + "' (" + module + ") er slået fra i din kommune ("
                    + caller.get().municipality() + "). Kommunens administrator kan slå det til.");
        };
    }

    /** Pax Web wants a distinct servlet name per servlet of a context. */
    private static Hashtable<String, String> named(String alias) {
        Hashtable<String, String> init = new Hashtable<>();
        init.put("servlet-name", "sosuhub-page" + alias.replace('/', '-'));
        return init;
    }

    private void unregister(String alias) {
        try {
            http.unregister(alias);
        } catch (IllegalArgumentException e) {
            // already gone with the HTTP service
        }
    }
}
