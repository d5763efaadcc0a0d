package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.ApiTokens;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks credentials for every face (REST, SOAP, pages) and throttles guessing:
 * <ul>
 *   <li>after {@value #MAX_FAILURES_PER_ADDRESS} failed sign-ins for one username from one address within
 *   15 minutes, that address is refused for that username until the oldest failure leaves the window, even with
 *   the right password;</li>
 *   <li>failures from many addresses slow the username down: past {@value #MAX_FAILURES_PER_USERNAME} failures
 *   within 15 minutes each further failure closes it for a pause that doubles, up to 15 minutes, so the owner is
 *   never locked out for good.</li>
 * </ul>
 * Every failure is logged with the username and address.
 */
@Component(service = SignIn.class)
public final class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    static final int MAX_FAILURES_PER_ADDRESS = 5;
    static final int MAX_FAILURES_PER_USERNAME = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us spend on remembering failures. */
    private static final int MAX_TRACKED = 100_000;

    /** Why a sign-in was not accepted; {@code retryAfter} is set when it was refused without being checked. */
    record Refusal(Duration retryAfter) {
        boolean throttled() {
            return retryAfter != null;
        }

        /** The REST answer to a throttled sign-in: 429 with {@code Retry-After}. */
        javax.ws.rs.core.Response tooManyAttempts() {
            return javax.ws.rs.core.Response.fromResponse(Problems.response(429, "too-many-attempts",
                            "Too Many Requests", "Too many failed sign-ins; try again later"))
                    .header(javax.ws.rs.core.HttpHeaders.RETRY_AFTER, retryAfter.toSeconds()).build();
        }
    }

    /** The caller, or why there is none. */
    record Outcome(Caller caller, Refusal refusal) {
    }

    private final UserService users;
    private final ApiTokens tokens;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byUsername = new ConcurrentHashMap<>();

    @Activate
    public SignIn(@Reference UserService users, @Reference ApiTokens tokens) {
        this(users, tokens, Clock.systemUTC());
    }

    SignIn(UserService users, ApiTokens tokens, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    Outcome check(String username, String password, String address) {
        Instant now = clock.instant();
        String addressKey = username + '\u0000' + address;
        Duration wait = longest(retryAfter(byAddress.get(addressKey), now, MAX_FAILURES_PER_ADDRESS),
                usernamePause(byUsername.get(username), now));
        if (wait != null) {
            LOG.warn("Sign-in for '{}' from {} refused: too many failed attempts, retry in {} s", printable(username),
                    address, wait.toSeconds());
            return new Outcome(null, new Refusal(wait));
        }
        Optional<Caller> caller = users.authenticate(username, password);
        if (caller.isPresent()) {
            byAddress.remove(addressKey);
            return new Outcome(caller.get(), null);
        }
        if (byAddress.size() + byUsername.size() > MAX_TRACKED) {
            forgetOld(now);
        }
        record(byAddress, addressKey, now);
        record(byUsername, username, now);
        LOG.warn("Failed sign-in for '{}' from {}", printable(username), address);
        return new Outcome(null, new Refusal(null));
    }

    /**
     * An API token ({@code Authorization: Bearer}): 256 random bits cannot be guessed, so a failure is only logged.
     */
    Optional<Caller> bearer(String token, String address) {
        Optional<Caller> caller = tokens.authenticate(token);
        if (caller.isEmpty()) {
            LOG.warn("Unknown, revoked or expired API token from {}", address);
        }
        return caller;
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    static String bearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
    }

    private static Duration retryAfter(Deque<Instant> failures, Instant now, int max) {
        if (failures == null) {
            return null;
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < max) {
                return null;
            }
            return atLeastOneSecond(Duration.between(now, failures.peekFirst().plus(WINDOW)));
        }
    }

    /** The pause after the last failure: 1 s for the first failure past the limit, doubling, at most the window. */
    private static Duration usernamePause(Deque<Instant> failures, Instant now) {
        if (failures == null) {
            return null;
        }
        synchronized (failures) {
            prune(failures, now);
            int over = failures.size() - MAX_FAILURES_PER_USERNAME;
            if (over < 0) {
                return null;
            }
            Duration pause = over >= 10 ? WINDOW : Duration.ofSeconds(Math.min(WINDOW.toSeconds(), 1L << over));
            Duration left = Duration.between(now, failures.peekLast().plus(pause));
            return left.isNegative() || left.isZero() ? null : atLeastOneSecond(left);
        }
    }

    private static void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> list = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list, now);
            list.addLast(now);
        }
    }

    private void forgetOld(Instant now) {
        for (Map<String, Deque<Instant>> map : java.util.List.of(byAddress, byUsername)) {
            map.values().removeIf(list -> {
                synchronized (list) {
                    prune(list, now);
                    return list.isEmpty();
                }
            });
        }
    }

    private static void prune(Deque<Instant> failures, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
    }

    private static Duration longest(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration atLeastOneSecond(Duration d) {
        long seconds = (d.toMillis() + 999) / 1000;
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** A username as typed by anybody, safe for one log line. */
    static String printable(String username) {
        String s = username.length() > 64 ? username.substring(0, 64) + "…" : username;
        return s.replaceAll("[\\p{Cntrl}]", "?");
    }
}
