package dk.sosuhub.web.internal.oidc;

import dk.sosuhub.core.api.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MunicipalityLoginTest {

    private static MunicipalityLogin login(String issuer, String... mapping) {
        return new MunicipalityLogin("250", issuer, "sosuhub", "hemmelighed", new String[]{"profile"}, "roles", mapping,
                "preferred_username", "");
    }

    @Test
    void groupsMapToRolesAndUnknownGroupsToNothing() {
        MunicipalityLogin login = login("https://login.frederikssund.dk", "SOSU-Vejledere=supervisor",
                "SOSU Uddannelse = education-team");
        assertEquals(Set.of(Role.SUPERVISOR, Role.EDUCATION_TEAM),
                login.roles(List.of("SOSU-Vejledere", "SOSU Uddannelse", "Kantine")));
        assertEquals(Set.of(Role.SUPERVISOR), login.roles("SOSU-Vejledere"));
        assertTrue(login.roles(null).isEmpty());
        assertTrue(login.roles(List.of("Kantine")).isEmpty());
    }

    @Test
    void aMunicipalitysProviderCannotGrantPlatformAdministration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> login("https://login.frederikssund.dk", "IT=platform-admin"));
        assertTrue(e.getMessage().contains("platform-admin"));
        assertThrows(IllegalArgumentException.class, () -> login("https://login.frederikssund.dk", "IT=superuser"));
        assertThrows(IllegalArgumentException.class, () -> login("https://login.frederikssund.dk", "no-role"));
    }

    @Test
    void theIssuerIsHttpsExceptOnThisMachine() {
        assertThrows(IllegalArgumentException.class, () -> login("http://login.frederikssund.dk"));
        assertEquals("http://localhost:9000", login("http://localhost:9000").issuer());
        assertThrows(IllegalArgumentException.class, () -> new MunicipalityLogin("25", "https://x.dk", "a", "b", null,
                "roles", null, "preferred_username", ""));
        assertThrows(IllegalArgumentException.class, () -> new MunicipalityLogin("250", "https://x.dk", "a", " ", null,
                "roles", null, "preferred_username", ""));
    }

    @Test
    void returnToIsAPathOfThePlatformOrTheFrontPage() {
        assertEquals("/oplaering", OidcSignIn.safeReturnTo("/oplaering"));
        assertEquals("/", OidcSignIn.safeReturnTo("https://angriber.example/"));
        assertEquals("/", OidcSignIn.safeReturnTo("//angriber.example/"));
        assertEquals("/", OidcSignIn.safeReturnTo("/\"><script>"));
        assertEquals("/", OidcSignIn.safeReturnTo(null));
    }
}
