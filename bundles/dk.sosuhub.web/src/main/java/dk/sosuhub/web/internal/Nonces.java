package dk.sosuhub.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The WS-Security nonces seen lately, so that a captured UsernameToken cannot be sent again. */
final class Nonces {

    private static final int MAX = 100_000;

    private final Duration keep;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    Nonces(Duration keep) {
        this.keep = keep;
    }

    /** True the first time a user's nonce is seen within {@code keep}; false for a replay. */
    boolean firstTime(String username, String nonce) {
        Instant now = Instant.now();
        if (seen.size() > MAX) {
            seen.values().removeIf(t -> t.isBefore(now.minus(keep)));
        }
        Instant before = seen.putIfAbsent(username + '\u0000' + nonce, now);
        if (before != null && before.isBefore(now.minus(keep))) {
            seen.put(username + '\u0000' + nonce, now);
            return true;
        }
        return before == null;
    }
}
