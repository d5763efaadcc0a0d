package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.Caller;

import javax.servlet.ReadListener;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The door in front of the SOAP servlet: a request that carries a body is signed in (HTTP Basic, throttled like
 * every sign-in) before a byte of it is read, and its body is counted as it streams, chunked or not, and cut at
 * the limit. Only then does CXF parse it. Reading the WSDL ({@code GET}) stays open.
 */
final class SoapDoor extends HttpServlet {

    /** The request attribute that carries the signed-in caller to {@link SoapAccessInterceptor}. */
    static final String CALLER = SoapDoor.class.getName() + ".caller";

    private final HttpServlet soap;
    private final SignIn signIn;
    private final long maxBytes;

    SoapDoor(HttpServlet soap, SignIn signIn, long maxBytes) {
        this.soap = soap;
        this.signIn = signIn;
        this.maxBytes = maxBytes;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        soap.init(config);
    }

    @Override
    public void destroy() {
        soap.destroy();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        SecurityHeaders.addTo(response);
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            soap.service(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        if (announced > maxBytes) {
            fault(response, 413, "Client", "payload-too-large", "Payload Too Large",
                    "The request is larger than the limit of " + maxBytes + " bytes");
            return;
        }
        String bearer = SignIn.bearerToken(request.getHeader("Authorization"));
        if (bearer != null) {
            Optional<Caller> caller = signIn.bearer(bearer, request.getRemoteAddr());
            if (caller.isEmpty()) {
                unauthorized(response);
                return;
            }
            request.setAttribute(CALLER, caller.get());
            soap.service(new Bounded(request, maxBytes), response);
            return;
        }
        Optional<BasicAuth> credentials = BasicAuth.parse(request.getHeader("Authorization"));
        if (credentials.isEmpty()) {
            unauthorized(response);
            return;
        }
        SignIn.Outcome outcome = signIn.check(credentials.get().username(), credentials.get().password(),
                request.getRemoteAddr());
        if (outcome.refusal() != null && outcome.refusal().throttled()) {
            response.setHeader("Retry-After", Long.toString(outcome.refusal().retryAfter().toSeconds()));
            fault(response, 429, "Client", "too-many-attempts", "Too Many Requests",
                    "Too many failed sign-ins; try again later");
            return;
        }
        if (outcome.caller() == null) {
            unauthorized(response);
            return;
        }
        request.setAttribute(CALLER, outcome.caller());
        soap.service(new Bounded(request, maxBytes), response);
    }

    /** Whether this request's body was cut at the limit; the parser may have wrapped the reason past finding. */
    static boolean cut(HttpServletRequest request) {
        return request != null && request.getAttribute(TOO_LARGE) != null;
    }

    private static final String TOO_LARGE = SoapDoor.class.getName() + ".tooLarge";

    static Caller callerOf(HttpServletRequest request) {
        return request == null ? null : (Caller) request.getAttribute(CALLER);
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + AccessFilter.REALM + "\", charset=\"UTF-8\"");
        fault(response, 401, "Client", "unauthorized", "Unauthorized", "Unauthorized: sign in with HTTP Basic authentication");
    }

    /** A SOAP 1.1 fault with the platform's problem in its detail, written without touching the request body. */
    private static void fault(HttpServletResponse response, int status, String code, String type, String title,
                              String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/xml; charset=UTF-8");
        response.setHeader("Connection", "close");
        try (Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                    + "<faultcode>soap:" + code + "</faultcode><faultstring>" + message + "</faultstring><detail>"
                    + "<problem xmlns=\"" + SoapFaultInterceptor.NS + "\"><type>" + Problems.TYPE_PREFIX + type
                    + "</type><title>" + title + "</title><status>" + status + "</status></problem></detail>"
                    + "</soap:Fault></soap:Body></soap:Envelope>");
        }
    }

    /** Thrown when a body passes the limit while it is read; {@link SoapFaultInterceptor} answers it with 413. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("The request is larger than the limit of " + maxBytes + " bytes");
        }
    }

    /** The request with its body counted as it is read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(long n) throws TooLarge {
                        count += n;
                        if (count > maxBytes) {
                            setAttribute(TOO_LARGE, Boolean.TRUE);
                            throw new TooLarge(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
