package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.event.UserEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' sign-in sessions (OWASP ASVS V3): a random 256-bit token in an {@code HttpOnly}, {@code SameSite=Strict}
 * cookie, kept here only as its SHA-256, with a CSRF token of its own. A session ends when its user signs out, after
 * {@code idleMinutes} without a request (default 30) and {@code maxHours} after sign-in (default 8); ended is ended
 * at once, on every face. Sessions live in memory: a restart signs everybody out.
 */
@Component(service = {SessionStore.class, EventHandler.class}, configurationPid = "dk.sosuhub.session",
        property = EventConstants.EVENT_TOPIC + "=" + UserEvents.TOPIC_PREFIX + "*")
@Designate(ocd = SessionStore.Config.class)
public final class SessionStore implements EventHandler {

    static final String COOKIE = "SOSUHUB_SESSION";
    /**
     * The cookie's name over HTTPS: a browser keeps a {@code __Host-} cookie only when it is {@code Secure}, has
     * {@code Path=/} and no {@code Domain}, so no other site on the domain and no plain-HTTP page can set or replace it.
     */
    static final String SECURE_COOKIE = "__Host-" + COOKIE;
    static final String CSRF_HEADER = "X-CSRF-Token";

    @ObjectClassDefinition(name = "SOSU Hub sign-in sessions")
    public @interface Config {
        @AttributeDefinition(description = "Minutes without a request after which a session ends")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "Hours after sign-in after which a session ends, however busy")
        int maxHours() default 8;
    }

    /** One signed-in browser. */
    public static final class Session {
        /** Names the session to its user (in the list of their sessions) without being its token. */
        final String id;
        final Caller caller;
        final String csrfToken;
        final Instant created;
        /** The address it was signed in from, for its user to recognise it. */
        final String address;
        volatile Instant lastSeen;

        Session(String id, Caller caller, String csrfToken, Instant created, String address) {
            this.id = id;
            this.caller = caller;
            this.csrfToken = csrfToken;
            this.created = created;
            this.address = address;
            this.lastSeen = created;
        }
    }

    /** A new session and the token for its cookie, which is never stored. */
    public record Started(String token, Session session) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration max;
    private final Clock clock;

    @Activate
    public SessionStore(Config config) {
        this(Duration.ofMinutes(config.idleMinutes()), Duration.ofHours(config.maxHours()), Clock.systemUTC());
    }

    SessionStore(Duration idle, Duration max, Clock clock) {
        this.idle = idle;
        this.max = max;
        this.clock = clock;
    }

    public Started start(Caller caller, String address) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        String token = randomToken();
        Session session = new Session(randomToken().substring(0, 16), caller, randomToken(), now, address);
        sessions.put(hash(token), session);
        return new Started(token, session);
    }

    /** The live session of a cookie's token; using it counts as activity. */
    Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String key = hash(token);
        Session session = sessions.get(key);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            sessions.remove(key);
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    public void end(String token) {
        if (token != null) {
            sessions.remove(hash(token));
        }
    }

    /** The user's live sessions, the oldest first. */
    java.util.List<Session> of(String username) {
        Instant now = clock.instant();
        return sessions.values().stream().filter(s -> s.caller.username().equals(username) && !expired(s, now))
                .sorted(java.util.Comparator.comparing((Session s) -> s.created)).toList();
    }

    /** Ends one session of the user, named by its id; false when the user has no such session. */
    boolean end(String username, String id) {
        return sessions.values().removeIf(s -> s.caller.username().equals(username) && s.id.equals(id));
    }

    /** Ends every session of the user but the one kept (may be null: then all). */
    void endOthersOf(String username, Session kept) {
        sessions.values().removeIf(s -> s.caller.username().equals(username) && s != kept);
    }

    /** Ends every session of a user, e.g. when the user is removed or their password changes. */
    void endAllOf(String username) {
        sessions.values().removeIf(s -> s.caller.username().equals(username));
    }

    /** A user changed or was removed: their sessions end, so the old password or roles stop working at once. */
    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(UserEvents.USERNAME) instanceof String username) {
            endAllOf(username);
        }
    }

    Duration idleTimeout() {
        return idle;
    }

    Instant expiresAt(Session session) {
        Instant byIdle = session.lastSeen.plus(idle);
        Instant byMax = session.created.plus(max);
        return byIdle.isBefore(byMax) ? byIdle : byMax;
    }

    static boolean csrfMatches(Session session, String header) {
        return header != null && MessageDigest.isEqual(session.csrfToken.getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeen.plus(idle)) || !now.isBefore(s.created.plus(max));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session token in a {@code Cookie} header, if any; over HTTPS the {@code __Host-} cookie counts. */
    public static String tokenIn(String cookieHeader) {
        String secure = cookie(cookieHeader, SECURE_COOKIE);
        return secure != null ? secure : cookie(cookieHeader, COOKIE);
    }

    /** The value of the named cookie in a {@code Cookie} header, or null. */
    public static String cookie(String cookieHeader, String name) {
        if (cookieHeader == null) {
            return null;
        }
        for (String part : cookieHeader.split(";")) {
            String p = part.strip();
            if (p.startsWith(name) && p.length() > name.length() && p.charAt(name.length()) == '=') {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The {@code Set-Cookie} value that gives a browser its session, or ends it when token is null. */
    public static String cookie(String token, boolean secure) {
        return (secure ? SECURE_COOKIE : COOKIE) + "=" + (token == null ? "" : token) + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "") + (token == null ? "; Max-Age=0" : "");
    }
}
