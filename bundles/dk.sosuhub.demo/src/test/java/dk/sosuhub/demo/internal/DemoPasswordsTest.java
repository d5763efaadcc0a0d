package dk.sosuhub.demo.internal;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemoPasswordsTest {

    @Test
    void eachHashIsThePbkdf2OfItsUsersName() throws Exception {
        assertEquals(7, DemoPasswords.all().size());
        for (var e : DemoPasswords.all().entrySet()) {
            String[] parts = e.getValue().split("\\$");
            assertEquals(4, parts.length, e.getKey());
            assertEquals("pbkdf2-sha256", parts[0], e.getKey());
            assertEquals("600000", parts[1], e.getKey() + ": today's iterations, so that no sign-in upgrades it");
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            assertEquals(16, salt.length, e.getKey());
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(e.getKey().toCharArray(), salt, 600_000, 256)).getEncoded();
            assertArrayEquals(Base64.getDecoder().decode(parts[3]), derived, e.getKey());
        }
    }

    @Test
    void eachUserHasASaltOfItsOwn() {
        assertEquals(DemoPasswords.all().size(),
                DemoPasswords.all().values().stream().map(h -> h.split("\\$")[2]).distinct().count());
    }

    @Test
    void anUnknownUserHasNoHash() {
        assertThrows(IllegalArgumentException.class, () -> DemoPasswords.hashOf("karaf"));
    }
}
