package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Point 2: a platform administrator onboards municipalities and users and sees modules and features. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformAdministrationIT extends SosuHubTestSupport {

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void installedModulesAreListedWithTheirDetails() {
        JsonNode modules = get(User.ADMIN, "/api/v1/modules").expect(200).json();
        JsonNode students = find(modules, "id", "students");
        assertEquals("Elevregister", students.get("name").asText());
        assertFalse(students.get("description").asText().isEmpty());
        assertEquals("ACTIVE", students.get("state").asText());
        assertTrue(students.get("version").asText().startsWith("0."));
        assertTrue(students.get("dependsOn").isArray());
    }

    @Test
    public void onlyAPlatformAdministratorAdministersThePlatform() {
        get(User.FREDERIKSSUND, "/api/v1/modules").problem(403, "forbidden");
        get(User.FREDERIKSSUND, "/api/v1/features").problem(403, "forbidden");
        put(User.FREDERIKSSUND, "/api/v1/features/sosuhub-students", "{\"installed\":false}").problem(403, "forbidden");
        post(User.AARHUS, "/api/v1/municipalities", "{\"code\":\"999\",\"name\":\"Nowhere\"}").problem(403, "forbidden");
        get(User.NOBODY, "/api/v1/modules").problem(401, "unauthorized");
        send("admin", "wrong", "GET", "/api/v1/modules", null, null).problem(401, "unauthorized");
    }

    @Test
    public void onboardsAMunicipalityAndItsAdministrator() {
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"101\",\"name\":\"København\"}").expect(201);
        JsonNode kbh = get(User.ADMIN, "/api/v1/municipalities/101").expect(200).json();
        assertEquals("København", kbh.get("name").asText());
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"101\",\"name\":\"Again\"}").problem(409, "conflict");
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"12\",\"name\":\"Bad\"}").problem(422, "validation");
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"102\"}").problem(422, "validation");

        JsonNode user = post(User.ADMIN, "/api/v1/users", "{\"username\":\"kbh-admin\",\"password\":\"hemmelig-kode-123\","
                + "\"roles\":[\"municipality-admin\"],\"municipality\":\"101\"}").expect(201).json();
        assertEquals("municipality-admin", user.get("roles").get(0).asText());
        assertFalse("the password is never returned", user.has("password"));

        Answer students = send("kbh-admin", "hemmelig-kode-123", "GET", "/api/v1/municipalities/101/students", null, null).expect(200);
        assertEquals(0, students.json().get("total").asInt());
        send("kbh-admin", "hemmelig-kode-123", "GET", "/api/v1/municipalities/250/students", null, null).problem(403, "forbidden");
    }

    @Test
    public void aMunicipalityAdministratorCreatesUsersOnlyInItsOwnMunicipality() {
        post(User.FREDERIKSSUND, "/api/v1/users", "{\"username\":\"fr-team\",\"password\":\"uddannelse-2026\","
                + "\"roles\":[\"education-team\"],\"municipality\":\"250\"}").expect(201);
        post(User.FREDERIKSSUND, "/api/v1/users", "{\"username\":\"fr-aarhus\",\"password\":\"uddannelse-2026\","
                + "\"roles\":[\"education-team\"],\"municipality\":\"751\"}").problem(403, "forbidden");
        post(User.FREDERIKSSUND, "/api/v1/users", "{\"username\":\"fr-root\",\"password\":\"uddannelse-2026\","
                + "\"roles\":[\"platform-admin\"]}").problem(403, "forbidden");
        post(User.FREDERIKSSUND, "/api/v1/users", "{\"username\":\"fr-x\",\"password\":\"kort\","
                + "\"roles\":[\"chief\"],\"municipality\":\"250\"}").problem(422, "validation");
        // new passwords: 12 characters or more, without the username, not among the 10,000 most common
        for (String weak : new String[]{"kort-kode", "fr-svag-fr-svag-2026", "1qaz2wsx3edc"}) {
            Answer refused = post(User.FREDERIKSSUND, "/api/v1/users", "{\"username\":\"fr-svag\",\"password\":\"" + weak
                    + "\",\"roles\":[\"education-team\"],\"municipality\":\"250\"}").problem(422, "validation");
            assertEquals(weak, "password", refused.json().get("errors").get(0).get("field").asText());
        }
        get(User.FREDERIKSSUND, "/api/v1/users/fr-svag").problem(404, "not-found");
        JsonNode users = get(User.FREDERIKSSUND, "/api/v1/users").expect(200).json();
        for (JsonNode u : users) {
            assertEquals("only its own municipality's users", "250", u.get("municipality").asText());
        }
    }

    @Test
    public void listsThePlatformFeatures() {
        JsonNode features = get(User.ADMIN, "/api/v1/features").expect(200).json();
        JsonNode students = find(features, "name", "sosuhub-students");
        assertTrue(students.get("installed").asBoolean());
        assertTrue(find(features, "name", "sosuhub-core").get("required").asBoolean());
        put(User.ADMIN, "/api/v1/features/sosuhub-core", "{\"installed\":false}").problem(409, "conflict");
        put(User.ADMIN, "/api/v1/features/no-such-feature", "{\"installed\":true}").problem(404, "not-found");
        put(User.ADMIN, "/api/v1/features/sosuhub-students", "{}").problem(422, "validation");
    }

    @Test
    public void publishesTheOpenApiDocument() {
        JsonNode doc = get(User.NOBODY, "/api/v1/openapi.json").expect(200).json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        JsonNode paths = doc.get("paths");
        for (String path : new String[]{"/municipalities", "/users", "/modules", "/features", "/features/{name}",
                "/municipalities/{code}/modules", "/municipalities/{code}/modules/{moduleId}",
                "/municipalities/{code}/students", "/municipalities/{code}/students/{id}"}) {
            assertTrue("OpenAPI documents " + path, paths.has(path));
        }
        assertTrue(doc.get("components").get("schemas").has("Student"));
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No element with " + field + "=" + value + " in " + array);
    }
}
