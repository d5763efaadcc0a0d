package dk.sosuhub.web.internal.oidc;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingLoginsTest {

    private Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    @Test
    void aSignInIsUsedOnce() {
        PendingLogins pending = new PendingLogins(clock);
        PendingLogins.Started started = pending.start("250", "/").orElseThrow();
        assertEquals("250", pending.take(started.state().getValue()).orElseThrow().municipality());
        assertTrue(pending.take(started.state().getValue()).isEmpty());
        assertTrue(pending.take(null).isEmpty());
    }

    @Test
    void eachSignInHasItsOwnStateNonceAndVerifier() {
        PendingLogins pending = new PendingLogins(clock);
        PendingLogins.Started a = pending.start("250", "/").orElseThrow();
        PendingLogins.Started b = pending.start("250", "/").orElseThrow();
        assertNotEquals(a.state(), b.state());
        assertNotEquals(a.pending().nonce(), b.pending().nonce());
        assertNotEquals(a.pending().verifier().getValue(), b.pending().verifier().getValue());
    }

    @Test
    void aSignInLivesTenMinutes() {
        PendingLogins pending = new PendingLogins(clock);
        PendingLogins.Started started = pending.start("250", "/").orElseThrow();
        now = now.plus(PendingLogins.LIFETIME);
        assertTrue(pending.take(started.state().getValue()).isEmpty());
    }

    @Test
    void aFloodOfStartedSignInsIsBounded() {
        PendingLogins pending = new PendingLogins(clock);
        for (int i = 0; i < PendingLogins.LIMIT; i++) {
            assertTrue(pending.start("250", "/").isPresent());
        }
        assertTrue(pending.start("250", "/").isEmpty());
        now = now.plus(PendingLogins.LIFETIME);
        assertTrue(pending.start("250", "/").isPresent(), "expired ones make room");
    }
}
