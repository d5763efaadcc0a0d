package dk.sosuhub.web.internal;

import dk.sosuhub.web.WebPage;
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

/**
 * Serves the shared page files ({@code /assets}: style sheet, API client, header) and every module's
 * {@link WebPage} while that module's component is active.
 */
@Component(immediate = true)
public class WebPages {

    private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);
    static final String ASSETS = "/assets";

    private final HttpService http;
    private final Map<ServiceReference<WebPage>, String> registered = new HashMap<>();

    @Activate
    public WebPages(@Reference HttpService http) {
        this.http = http;
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
            http.registerServlet(page.alias(), new StaticFiles(reference.getBundle(), page.alias(), page.root()),
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
