package dk.sosuhub.web.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * Headers on every API and SOAP answer: they may carry personal data, so no browser or proxy keeps a copy
 * ({@code Cache-Control: no-store}), and no browser guesses another content type than the one declared.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void addTo(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
