package dk.sosuhub.web.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * Headers on every API and SOAP answer: they may carry personal data, so no browser or proxy keeps a copy
 * ({@code Cache-Control: no-store}), and no browser guesses another content type than the one declared. Over HTTPS
 * the browser is told to use nothing else for a year (HSTS).
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static final String HSTS = "max-age=31536000";

    static void addTo(javax.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        addHsts(request, response);
    }

    static void addHsts(javax.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
