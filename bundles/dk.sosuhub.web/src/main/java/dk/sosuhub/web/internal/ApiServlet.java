package dk.sosuhub.web.internal;

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
        SecurityHeaders.addTo((HttpServletResponse) response);
        CXFNonSpringServlet target = current;
        if (target == null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        target.service(request, response);
    }
}
