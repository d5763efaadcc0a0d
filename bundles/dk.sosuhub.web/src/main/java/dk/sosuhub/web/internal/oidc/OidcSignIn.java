package dk.sosuhub.web.internal.oidc;

import com.nimbusds.oauth2.sdk.id.State;
import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.core.api.security.UserService.FederatedIdentity;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import dk.sosuhub.web.internal.Problems;
import dk.sosuhub.web.internal.SessionStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * "Log ind med kommunens login": sign-in with a municipality's own identity provider (OpenID Connect, authorization
 * code flow with PKCE), ending in the same session as a sign-in with a password. The flow is bound to the browser
 * that started it (its state is also in a short-lived cookie), each state is used once, and the person becomes a
 * user of the provider's municipality only.
 */
@Component(service = OidcSignIn.class, property = RestResources.PROPERTY + "=true")
@Path("/session/oidc")
public class OidcSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    static final String FLOW_COOKIE = "SOSUHUB_OIDC";
    private static final String CALLBACK = "/api/v1/session/oidc/callback";

    /** A municipality whose users can sign in with its own login. */
    public record LoginProvider(String municipality, String name, String loginUrl) {
    }

    private final List<MunicipalityLogin> logins = new CopyOnWriteArrayList<>();
    private final PendingLogins pending = new PendingLogins(Clock.systemUTC());
    private final SessionStore sessions;
    private final UserService users;
    private final MunicipalityService municipalities;

    @Activate
    public OidcSignIn(@Reference SessionStore sessions, @Reference UserService users,
                      @Reference MunicipalityService municipalities) {
        this.sessions = sessions;
        this.users = users;
        this.municipalities = municipalities;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLogin(MunicipalityLogin login) {
        logins.add(login);
    }

    void removeLogin(MunicipalityLogin login) {
        logins.remove(login);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Description("The municipalities whose users can sign in with the municipality's own login (OpenID Connect), "
            + "with the address that starts it.")
    public List<LoginProvider> providers() {
        return logins.stream()
                .map(l -> municipalities.find(l.municipality())
                        .map(m -> new LoginProvider(m.code(), m.name(), "/api/v1/session/oidc/" + m.code() + "/login")))
                .flatMap(Optional::stream)
                .distinct()
                .sorted(Comparator.comparing(LoginProvider::name))
                .toList();
    }

    @GET
    @Path("/{code}/login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Description("Starts a sign-in with the municipality's identity provider: 303 to the provider (authorization code "
            + "flow with PKCE). returnTo: the page of this platform to show afterwards (a path such as /oplaering).")
    public Response login(@PathParam("code") String code, @QueryParam("returnTo") String returnTo,
                          @Context HttpServletRequest request) {
        Optional<MunicipalityLogin> login = loginOf(code);
        if (login.isEmpty()) {
            return Problems.response(404, "not-found", "Not Found", "Municipality " + code + " has no sign-in of its own");
        }
        Optional<PendingLogins.Started> started = pending.start(code, safeReturnTo(returnTo));
        if (started.isEmpty()) {
            return Problems.response(503, "busy", "Service Unavailable", "Too many sign-ins under way; try again shortly");
        }
        State state = started.get().state();
        PendingLogins.Pending p = started.get().pending();
        try {
            URI target = login.get().authorizationUri(state, p.nonce(), p.verifier(), redirectUri(login.get(), request));
            return Response.seeOther(target).header(HttpHeaders.SET_COOKIE, flowCookie(state.getValue(), request)).build();
        } catch (Exception e) {
            LOG.warn("Sign-in with the identity provider of municipality {} could not start: {}", code, e.toString());
            return page(502, "Kommunens login svarer ikke lige nu. Prøv igen om lidt, eller log ind med brugernavn og "
                    + "adgangskode.");
        }
    }

    @GET
    @Path("/callback")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Description("Where the identity provider sends the browser back (register this address at the provider): checks "
            + "the state against the browser's, redeems the code, checks the ID token and starts the session.")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("iss") String iss, @QueryParam("error") String error,
                             @Context HttpServletRequest request) {
        String cookieState = SessionStore.cookie(request.getHeader(HttpHeaders.COOKIE), FLOW_COOKIE);
        if (state == null || !state.equals(cookieState)) {
            LOG.warn("Sign-in with an identity provider refused: the state does not belong to this browser ({})",
                    request.getRemoteAddr());
            return page(400, "Log ind mislykkedes: forespørgslen hører ikke til denne browser. Start forfra.");
        }
        Optional<PendingLogins.Pending> started = pending.take(state);
        Optional<MunicipalityLogin> login = started.flatMap(p -> loginOf(p.municipality()));
        if (started.isEmpty() || login.isEmpty()) {
            return page(400, "Log ind mislykkedes: forespørgslen er udløbet eller allerede brugt. Start forfra.");
        }
        String municipality = started.get().municipality();
        if (error != null || code == null) {
            LOG.warn("Sign-in with the identity provider of municipality {} ended with error {}", municipality, error);
            return page(403, "Kommunens login afviste at logge dig ind.");
        }
        if (iss != null && !iss.equals(login.get().issuer())) {
            LOG.warn("Sign-in for municipality {} refused: the answer came from issuer {}, not {}", municipality, iss,
                    login.get().issuer());
            return page(400, "Log ind mislykkedes: svaret kom fra en anden login-tjeneste end kommunens.");
        }
        FederatedIdentity identity;
        try {
            identity = login.get().redeem(code, started.get().verifier(), started.get().nonce(), redirectUri(login.get(), request));
        } catch (MunicipalityLogin.SignInFailed e) {
            LOG.warn("Sign-in with the identity provider of municipality {} failed: {}", municipality, e.getMessage());
            return page(502, "Log ind mislykkedes: kommunens login kunne ikke bekræftes. Prøv igen.");
        }
        Optional<Caller> caller = users.signInFederated(identity);
        if (caller.isEmpty()) {
            LOG.warn("{} of municipality {} signed in at the identity provider but has no role here", identity.login(),
                    municipality);
            return page(403, "Du er logget ind hos kommunen, men har ingen adgang til SOSU Hub. Kontakt kommunens "
                    + "administrator af SOSU Hub.");
        }
        LOG.info("{} signed in with the identity provider of municipality {}", caller.get().username(), municipality);
        sessions.end(SessionStore.tokenIn(request.getHeader(HttpHeaders.COOKIE)));
        SessionStore.Started session = sessions.start(caller.get(), request.getRemoteAddr());
        // A page of our own that moves on: the session cookie is SameSite=Strict, and a browser sends it only on a
        // navigation that starts here, not on the provider's redirect.
        String target = started.get().returnTo();
        return Response.ok(html("Logger ind …", "<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\">",
                        "<p>Du er logget ind. <a href=\"" + target + "\">Fortsæt</a></p>"))
                .header(HttpHeaders.SET_COOKIE, SessionStore.cookie(session.token(), request.isSecure()))
                .header(HttpHeaders.SET_COOKIE, flowCookie(null, request))
                .build();
    }

    private Optional<MunicipalityLogin> loginOf(String code) {
        return logins.stream().filter(l -> l.municipality().equals(code)).findFirst();
    }

    private static URI redirectUri(MunicipalityLogin login, HttpServletRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        URI reached = URI.create(request.getScheme() + "://" + (host != null ? host
                : request.getServerName() + ":" + request.getServerPort()) + CALLBACK);
        return login.redirectUri(reached);
    }

    /** Only a path of this platform: never another site (no open redirect), never markup. */
    static String safeReturnTo(String returnTo) {
        return returnTo != null && returnTo.matches("/[A-Za-z0-9\\-._~/]{0,200}") && !returnTo.startsWith("//")
                ? returnTo : "/";
    }

    private static String flowCookie(String state, HttpServletRequest request) {
        // Lax, not Strict: it must come back with the provider's redirect, a navigation from another site
        return FLOW_COOKIE + "=" + (state == null ? "" : state) + "; Path=/api/v1/session/oidc; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : "") + "; Max-Age=" + (state == null ? 0 : PendingLogins.LIFETIME.toSeconds());
    }

    private static Response page(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html("Log ind mislykkedes", "", "<p>" + message + "</p><p><a href=\"/\">Til forsiden</a></p>"))
                .build();
    }

    private static String html(String title, String head, String body) {
        return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + title + " – SOSU Hub</title>"
                + head + "<link rel=\"stylesheet\" href=\"/assets/sosuhub.css\"></head><body><main>" + body
                + "</main></body></html>";
    }
}
