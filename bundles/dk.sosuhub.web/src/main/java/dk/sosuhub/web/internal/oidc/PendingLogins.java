package dk.sosuhub.web.internal.oidc;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins sent to a provider and not yet back: per {@code state}, the municipality, the nonce the ID token must
 * carry, the PKCE verifier and the page to return to. Each can be used once and lives 10 minutes; there are never
 * more than {@link #LIMIT}, so a flood of started sign-ins costs a bounded amount of memory.
 */
final class PendingLogins {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int LIMIT = 10_000;

    record Pending(String municipality, Nonce nonce, CodeVerifier verifier, String returnTo, Instant started) {
    }

    record Started(State state, Pending pending) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingLogins(Clock clock) {
        this.clock = clock;
    }

    /** @return the new sign-in and its state, or empty when too many are under way */
    Optional<Started> start(String municipality, String returnTo) {
        Instant now = clock.instant();
        if (pending.size() >= LIMIT) {
            pending.values().removeIf(p -> expired(p, now));
            if (pending.size() >= LIMIT) {
                return Optional.empty();
            }
        }
        State state = new State();
        Pending p = new Pending(municipality, new Nonce(), new CodeVerifier(), returnTo, now);
        pending.put(state.getValue(), p);
        return Optional.of(new Started(state, p));
    }

    /** The sign-in of a state, which is used up by this; empty when unknown, used or expired. */
    Optional<Pending> take(String state) {
        if (state == null) {
            return Optional.empty();
        }
        Pending p = pending.remove(state);
        return p == null || expired(p, clock.instant()) ? Optional.empty() : Optional.of(p);
    }

    private static boolean expired(Pending p, Instant now) {
        return !now.isBefore(p.started().plus(LIFETIME));
    }
}
