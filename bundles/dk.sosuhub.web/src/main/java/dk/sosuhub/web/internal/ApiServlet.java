package dk.sosuhub.web.internal;

import org.apache.cxf.Bus;
import org.apache.cxf.resource.ResourceManager;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet registered once at {@code /api}. It hands every request to the CXF servlet of the current API
 * generation, so a rebuild swaps the API in one step: no request ever meets a half-built or missing server.
 */
final class ApiServlet extends HttpServlet {

    private volatile CXFNonSpringServlet current;

    /** Makes {@code next} serve from now on; it is initialised here unless the container has not yet initialised us. */
    synchronized void switchTo(CXFNonSpringServlet next) throws ServletException {
        if (getServletConfig() != null) {
            next.init(getServletConfig());
        }
        current = next;
    }

    @Override
    public synchronized void init(ServletConfig config) throws ServletException {
        super.init(config);
        if (current != null) {
            current.init(config);
        }
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        SecurityHeaders.addTo((javax.servlet.http.HttpServletRequest) request, (HttpServletResponse) response);
        CXFNonSpringServlet target = current;
        if (target == null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        settleClassLoader(target.getBus());
        target.service(request, response);
    }

    /**
     * CXF's servlet asks the bus for the class loader to run a request with, and when the bus has none it asks every
     * resource resolver on every request (in OSGi that includes searching a class loader for the resource "", a few
     * per cent of a small answer). The answer never changes, so it is asked once and kept on the bus: the loader
     * the resolvers give, or else the one the container runs the request with, which is what CXF then keeps.
     */
    private static void settleClassLoader(Bus bus) {
        if (bus == null || bus.getExtension(ClassLoader.class) != null) {
            return;
        }
        ResourceManager resources = bus.getExtension(ResourceManager.class);
        ClassLoader resolved = resources == null ? null : resources.resolveResource("", ClassLoader.class);
        ClassLoader loader = resolved != null ? resolved : Thread.currentThread().getContextClassLoader();
        if (loader != null) {
            bus.setExtension(loader, ClassLoader.class);
        }
    }
}
