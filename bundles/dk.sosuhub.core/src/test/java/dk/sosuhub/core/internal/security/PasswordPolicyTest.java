package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.error.Validator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static boolean ok(String username, String password) {
        return PasswordPolicy.check(new Validator(), "password", username, password).ok();
    }

    @Test
    void aLongUncommonPasswordWithoutTheUsernamePasses() {
        assertTrue(ok("hanne", "grøn hest i æblehaven"));
        assertTrue(ok("hanne", "ærø ".repeat(32)), "128 characters, any Unicode, spaces kept");
        assertTrue(ok("hanne", "\uD83D\uDC34 hest på marken om natten"), "emoji too");
    }

    @Test
    void refusesPassPhrasesOfMoreThan128Characters() {
        assertFalse(ok("hanne", "ærø ".repeat(32) + "x"));
    }

    @Test
    void refusesShortOnesTheUsernameAndCommonOnes() {
        assertFalse(ok("hanne", "kort-kode"), "under 12 characters");
        assertFalse(ok("hanne", "Hanne-er-bedst-2026"), "contains the username, in any case");
        assertFalse(ok("hanne", "1qaz2wsx3edc"), "among the 10,000 most common");
        assertFalse(ok("hanne", "1QAZ2WSX3EDC"), "in any case");
        assertFalse(ok("hanne", null));
    }

    @Test
    void shipsTheWholeList() {
        assertTrue(PasswordPolicy.isCommon("123456"));
        assertTrue(PasswordPolicy.isCommon("q1w2e3r4t5y6"));
        assertFalse(PasswordPolicy.isCommon("grøn hest i æblehaven"));
    }
}
