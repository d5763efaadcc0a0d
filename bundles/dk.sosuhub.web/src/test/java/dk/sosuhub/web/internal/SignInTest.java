package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInTest {

    private static final String RIGHT = "rigtigt-kodeord";

    private final MovingClock clock = new MovingClock();
    private final SignIn signIn = new SignIn(new OneUser(), null, clock);

    @Test
    void fiveFailuresFromOneAddressCloseItForThatUsernameEvenForTheRightPassword() {
        for (int i = 0; i < SignIn.MAX_FAILURES_PER_ADDRESS; i++) {
            SignIn.Outcome failed = signIn.check("hanne", "forkert" + i, "10.0.0.1");
            assertNull(failed.caller());
            assertFalse(failed.refusal().throttled(), "attempt " + (i + 1) + " is checked");
        }
        SignIn.Outcome refused = signIn.check("hanne", RIGHT, "10.0.0.1");
        assertNull(refused.caller());
        assertTrue(refused.refusal().throttled());
        assertEquals(Duration.ofMinutes(15).toSeconds(), refused.refusal().retryAfter().toSeconds());

        assertNotNull(signIn.check("hanne", RIGHT, "10.0.0.2").caller(), "another address is not closed");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertNotNull(signIn.check("hanne", RIGHT, "10.0.0.1").caller(), "open again once the failures are old");
    }

    @Test
    void failuresFromManyAddressesSlowTheUsernameDownWithoutLockingItForGood() {
        for (int i = 0; i < SignIn.MAX_FAILURES_PER_USERNAME; i++) {
            assertFalse(signIn.check("hanne", "forkert", "10.1.0." + i).refusal().throttled());
        }
        SignIn.Outcome paused = signIn.check("hanne", RIGHT, "10.2.0.1");
        assertTrue(paused.refusal().throttled(), "past the limit the username pauses");
        assertEquals(1, paused.refusal().retryAfter().toSeconds());
        clock.advance(Duration.ofSeconds(2));
        assertNotNull(signIn.check("hanne", RIGHT, "10.2.0.1").caller(), "the owner gets in after the pause");

        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(16));
            signIn.check("hanne", "forkert", "10.3.0." + i);
        }
        clock.advance(Duration.ofMinutes(16));
        assertNotNull(signIn.check("hanne", RIGHT, "10.2.0.1").caller(), "never locked out for good");
    }

    @Test
    void anUnknownUsernameIsCountedLikeAKnownOne() {
        for (int i = 0; i < SignIn.MAX_FAILURES_PER_ADDRESS; i++) {
            signIn.check("ukendt", "x", "10.0.0.9");
        }
        assertTrue(signIn.check("ukendt", "x", "10.0.0.9").refusal().throttled());
    }

    @Test
    void logLinesGetNoControlCharactersFromAUsername() {
        assertEquals("a?b", SignIn.printable("a\nb"));
    }
    private static final class OneUser implements UserService {
        @Override
        public Optional<Caller> signInFederated(FederatedIdentity identity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Caller> authenticate(String username, String password) {
            return "hanne".equals(username) && RIGHT.equals(password)
                    ? Optional.of(new Caller("hanne", Set.of(Role.EDUCATION_TEAM), "250")) : Optional.empty();
        }

        @Override public User create(Caller creator, NewUser user) { throw new UnsupportedOperationException(); }
        @Override public User update(Caller caller, String username, UserChange change) { throw new UnsupportedOperationException(); }
        @Override public List<User> list(Caller caller, String municipality) { throw new UnsupportedOperationException(); }
        @Override public Optional<User> get(Caller caller, String username) { throw new UnsupportedOperationException(); }
        @Override public void delete(Caller caller, String username) { throw new UnsupportedOperationException(); }
    }
}
