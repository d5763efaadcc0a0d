package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** GET /api/v1/me: who is signed in, what the pages put in their header. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MeApiIT extends SosuHubTestSupport {

    @Before
    public void platformUp() {
        awaitPlatform();
    }

    @Test
    public void aMunicipalUserGetsNameRolesAndMunicipality() {
        JsonNode me = get(User.FREDERIKSSUND, "/api/v1/me").expect(200).json();
        assertEquals("frederikssund", me.get("username").asText());
        assertEquals("municipality-admin", me.get("roles").get(0).asText());
        assertEquals("250", me.get("municipality").get("code").asText());
        assertEquals("Frederikssund", me.get("municipality").get("name").asText());
        assertEquals("751", get(User.AARHUS, "/api/v1/me").expect(200).json().get("municipality").get("code").asText());
    }

    @Test
    public void aPlatformAdministratorHasNoMunicipality() {
        JsonNode me = get(User.ADMIN, "/api/v1/me").expect(200).json();
        assertEquals("platform-admin", me.get("roles").get(0).asText());
        assertTrue(me.get("municipality").isNull());
    }

    @Test
    public void withoutCredentialsItIs401AndItIsDocumented() {
        get(User.NOBODY, "/api/v1/me").problem(401, "unauthorized");
        send("frederikssund", "wrong", "GET", "/api/v1/me", null, null).problem(401, "unauthorized");
        assertTrue(get(User.NOBODY, "/api/v1/openapi.json").expect(200).text().contains("\"/me\""));
    }

    @Test
    public void thePagesDoNotHideTheApiOrTheSoapServices() {
        Answer assets = get(User.NOBODY, "/assets/sosuhub.js").expect(200);
        assertEquals("text/javascript", assets.contentType());
        int outside = get(User.NOBODY, "/assets/../etc/users.properties").status();
        assertTrue("status " + outside, outside == 400 || outside == 404);
        get(User.NOBODY, "/assets/nothing.js").expect(404);
        get(User.NOBODY, "/api/v1/modules").problem(401, "unauthorized");
        assertTrue(get(User.NOBODY, "/soap/services").expect(200).text().contains("platform"));
    }
}
