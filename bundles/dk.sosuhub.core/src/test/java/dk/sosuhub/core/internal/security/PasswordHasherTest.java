package dk.sosuhub.core.internal.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void verifiesOnlyTheRightPassword() {
        String hash = PasswordHasher.hash("rødgrød med fløde");
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
        assertFalse(hash.contains("rødgrød"));
        assertTrue(PasswordHasher.verify("rødgrød med fløde", hash));
        assertFalse(PasswordHasher.verify("rødgrød med flode", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("same"), PasswordHasher.hash("same"));
    }

    @Test
    void refusesForeignFormats() {
        assertFalse(PasswordHasher.verify("x", "plain"));
        assertFalse(PasswordHasher.verify("x", "md5$1$a$b"));
    }

    @Test
    void olderOrWeakerHashesNeedAnUpgrade() {
        assertFalse(PasswordHasher.needsUpgrade(PasswordHasher.hash("rødgrød med fløde")));
        assertTrue(PasswordHasher.needsUpgrade("pbkdf2-sha256$120000$c2FsdA$aGFzaA"));
        assertTrue(PasswordHasher.needsUpgrade("md5$1$a$b"));
    }

    @Test
    void onlyHashesOfItsOwnFormAreWellFormed() {
        assertTrue(PasswordHasher.wellFormed(PasswordHasher.hash("rødgrød med fløde")));
        assertTrue(PasswordHasher.wellFormed("pbkdf2-sha256$120000$AAAAAAAAAAAAAAAAAAAAAA$" + "A".repeat(43)));
        assertFalse(PasswordHasher.wellFormed(null));
        assertFalse(PasswordHasher.wellFormed("frederikssund"), "a password is not a hash");
        assertFalse(PasswordHasher.wellFormed("md5$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A".repeat(43)));
        assertFalse(PasswordHasher.wellFormed("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$" + "A".repeat(43)));
        assertFalse(PasswordHasher.wellFormed("pbkdf2-sha256$600000$c2FsdA$" + "A".repeat(43)), "salt too short");
        assertFalse(PasswordHasher.wellFormed("pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$aGFzaA"), "hash too short");
        assertFalse(PasswordHasher.wellFormed("pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$" + "A".repeat(42) + "!"));
        assertFalse(PasswordHasher.wellFormed("pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$" + "A".repeat(43) + "$"));
    }
}
