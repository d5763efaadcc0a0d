package dk.sosuhub.web.internal;

import org.osgi.framework.Bundle;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the files of one folder of a bundle (plain GET, no directory listings). The alias itself gives the
 * folder's {@code index.html}, so that {@code /?q=...} and {@code /nogletal} are the page. Pages get a strict
 * content security policy: only the platform's own scripts and styles, nothing inline, no other origin.
 */
final class StaticFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "txt", "text/plain; charset=UTF-8");

    /** Decides whether a request may see the page; the refusal is its Danish text (a 403). */
    interface Guard {
        Guard OPEN = request -> java.util.Optional.empty();

        java.util.Optional<String> refusal(HttpServletRequest request);
    }

    private final transient Bundle bundle;
    private final String alias;
    private final String root;
    private final transient Guard guard;

    StaticFiles(Bundle bundle, String alias, String root) {
        this(bundle, alias, root, Guard.OPEN);
    }

    StaticFiles(Bundle bundle, String alias, String root, Guard guard) {
        this.bundle = bundle;
        this.guard = guard;
        this.alias = alias.equals("/") ? "" : alias;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** The file inside the root folder that a request path names, or null if it names none. */
    static String fileOf(String requestPath, String alias) {
        if (!requestPath.startsWith(alias)) {
            return null;
        }
        String relative = requestPath.substring(alias.length());
        if (relative.isEmpty() || relative.equals("/")) {
            return "/index.html";
        }
        if (!relative.matches("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+") || relative.contains("..")) {
            return null;
        }
        return relative;
    }

    static String typeOf(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.get(extension);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = fileOf(request.getRequestURI().substring(request.getContextPath().length()), alias);
        String type = file == null ? null : typeOf(file);
        URL entry = type == null ? null : bundle.getEntry(root + file);
        if (entry == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        java.util.Optional<String> refusal = type.startsWith("text/html") ? guard.refusal(request) : java.util.Optional.empty();
        if (refusal.isPresent()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(refusal.get());
            return;
        }
        response.setContentType(type);
        // Always revalidated: a module update must show at once, and the files are small
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        SecurityHeaders.addHsts(request, response);
        if (type.startsWith("text/html")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        try (InputStream in = entry.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
