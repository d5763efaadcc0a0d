package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionStoreTest {

    private final MovingClock clock = new MovingClock();
    private final SessionStore store = new SessionStore(Duration.ofMinutes(30), Duration.ofHours(8), clock);
    private final Caller hanne = new Caller("hanne", Set.of(Role.EDUCATION_TEAM), "250");

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        String token = store.start(hanne, "127.0.0.1").token();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(token).isPresent(), "a request keeps it alive");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(token).isPresent());
        clock.advance(Duration.ofMinutes(30));
        assertFalse(store.find(token).isPresent(), "idle for 30 minutes");
    }

    @Test
    void aSessionEndsAfterEightHoursHoweverBusy() {
        String token = store.start(hanne, "127.0.0.1").token();
        for (int i = 0; i < 8 * 3 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(store.find(token).isPresent());
        }
        clock.advance(Duration.ofMinutes(20));
        assertFalse(store.find(token).isPresent());
    }

    @Test
    void signingOutEndsItAtOnceAndTokensAreUnguessableAndDistinct() {
        SessionStore.Started a = store.start(hanne, "127.0.0.1");
        SessionStore.Started b = store.start(hanne, "127.0.0.1");
        assertNotEquals(a.token(), b.token());
        assertNotEquals(a.session().csrfToken, a.token());
        assertEquals(43, a.token().length(), "256 random bits");
        store.end(a.token());
        assertFalse(store.find(a.token()).isPresent());
        assertTrue(store.find(b.token()).isPresent());
        assertFalse(store.find("made-up").isPresent());
    }

    @Test
    void aUserSeesTheirSessionsAndEndsOneOrAllOthers() {
        Caller bo = new Caller("bo", Set.of(Role.SUPERVISOR), "250");
        SessionStore.Started office = store.start(hanne, "10.0.0.5");
        clock.advance(Duration.ofMinutes(1));
        SessionStore.Started home = store.start(hanne, "10.0.0.9");
        SessionStore.Started phone = store.start(hanne, "10.0.0.7");
        SessionStore.Started other = store.start(bo, "10.0.0.5");
        assertEquals(3, store.of("hanne").size());
        assertEquals("10.0.0.5", store.of("hanne").get(0).address, "the oldest first");
        assertNotEquals(office.token(), office.session().id, "the id is not the token");

        assertFalse(store.end("bo", home.session().id), "nobody ends another user's session");
        assertTrue(store.end("hanne", home.session().id));
        assertFalse(store.find(home.token()).isPresent());

        store.endOthersOf("hanne", office.session());
        assertTrue(store.find(office.token()).isPresent());
        assertFalse(store.find(phone.token()).isPresent());
        assertTrue(store.find(other.token()).isPresent());
    }

    @Test
    void theCsrfTokenMustMatchExactly() {
        SessionStore.Session s = store.start(hanne, "127.0.0.1").session();
        assertTrue(SessionStore.csrfMatches(s, s.csrfToken));
        assertFalse(SessionStore.csrfMatches(s, null));
        assertFalse(SessionStore.csrfMatches(s, s.csrfToken.substring(1)));
    }

    @Test
    void theCookieIsHttpOnlyAndStrictAndSecureOverHttps() {
        assertEquals("SOSUHUB_SESSION=abc; Path=/; HttpOnly; SameSite=Strict", SessionStore.cookie("abc", false));
        assertEquals("__Host-SOSUHUB_SESSION=abc; Path=/; HttpOnly; SameSite=Strict; Secure", SessionStore.cookie("abc", true));
        assertEquals("abc", SessionStore.tokenIn("__Host-SOSUHUB_SESSION=abc"));
        assertEquals("abc", SessionStore.tokenIn("SOSUHUB_SESSION=old; __Host-SOSUHUB_SESSION=abc"), "over HTTPS the secure one counts");
        assertTrue(SessionStore.cookie(null, false).endsWith("Max-Age=0"));
        assertEquals("abc", SessionStore.tokenIn("x=1; SOSUHUB_SESSION=abc; y=2"));
    }
}
