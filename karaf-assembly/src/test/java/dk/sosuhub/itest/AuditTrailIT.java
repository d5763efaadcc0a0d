package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Every look at a student, through REST, SOAP or a page, by any module, lands in the municipality's audit trail,
 * which only its administrator reads and nobody can change.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditTrailIT extends SosuHubTestSupport {

    private static final String M = "/api/v1/municipalities/250";

    @Before
    public void setUp() {
        awaitPlatform();
        await(User.NOBODY, "/soap/students?wsdl", a -> a.status() == 200);
    }

    @Test
    public void everyLookAtAStudentIsRecordedWithWhoWhatAndHow() throws Exception {
        long id = post(User.FREDERIKSSUND, M + "/students", "{\"name\":\"Audit Elev\",\"programme\":\"SSH\",\"startDate\":"
                + "\"2026-08-10\",\"birthDate\":\"2000-01-01\"}").expect(201).json().get("id").asLong();
        get(User.FREDERIKSSUND, M + "/students/" + id).expect(200);
        get(User.FREDERIKSSUND, M + "/students/" + id + "/absences").expect(200);
        get(User.ADMIN, M + "/students/" + id + "/plan").expect(200);
        soap(User.FREDERIKSSUND, "students", "<s:getStudent xmlns:s=\"urn:sosuhub:students\"><municipality>250</municipality>"
                + "<id>" + id + "</id></s:getStudent>").expect(200);
        // a page reads with the session cookie
        HttpResponse<String> session = CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"frederikssund\",\"password\":\"frederikssund\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = session.headers().firstValue("Set-Cookie").orElseThrow().replaceAll(";.*", "");
        assertEquals(200, CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + M + "/students/" + id + "/talks"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        // a refused or failed call is not a look
        get(User.AARHUS, M + "/students/" + id).problem(403, "forbidden");
        get(User.FREDERIKSSUND, M + "/students/99999999").problem(404, "not-found");
        // guides are impersonal: searching them is not recorded
        get(User.FREDERIKSSUND, M + "/search?q=elev").expect(200);

        JsonNode trail = get(User.FREDERIKSSUND, M + "/audit?studentId=" + id).expect(200).json();
        JsonNode entries = trail.get("entries");
        Set<String> seen = new HashSet<>();
        for (JsonNode e : entries) {
            assertEquals(id, e.get("studentId").asLong());
            assertEquals("250", e.get("municipality").asText());
            seen.add(e.get("username").asText() + " " + e.get("action").asText() + " " + e.get("channel").asText()
                    + " " + e.get("what").asText());
        }
        assertTrue(seen.toString(), seen.contains("frederikssund CREATE REST POST /municipalities/{code}/students"));
        assertTrue(seen.toString(), seen.contains("frederikssund READ REST GET /municipalities/{code}/students/{id}"));
        assertTrue(seen.toString(), seen.contains("frederikssund READ REST GET /municipalities/{code}/students/{id}/absences"));
        assertTrue("a platform administrator's look at the municipality is in its trail: " + seen,
                seen.contains("admin READ REST GET /municipalities/{code}/students/{id}/plan"));
        assertTrue(seen.toString(), seen.contains("frederikssund READ SOAP soap students.getStudent"));
        assertTrue(seen.toString(), seen.contains("frederikssund READ PAGE GET /municipalities/{code}/students/{id}/talks"));
        assertEquals(seen.toString(), 6, entries.size());
        assertTrue(entries.get(0).get("roles").asText().contains("municipality-admin"));

        String day = LocalDate.now(DENMARK).toString();
        assertEquals(1, get(User.FREDERIKSSUND, M + "/audit?studentId=" + id + "&user=admin&from=" + day + "&to=" + day)
                .expect(200).json().get("total").asInt());
        assertEquals(0, get(User.FREDERIKSSUND, M + "/audit?studentId=" + id + "&from=2020-01-01&to=2020-12-31")
                .expect(200).json().get("total").asInt());
        JsonNode search = get(User.FREDERIKSSUND, M + "/audit?user=frederikssund").expect(200).json();
        for (JsonNode e : search.get("entries")) {
            assertFalse("guide searches are not recorded", e.get("what").asText().contains("/search"));
        }

        HttpResponse<String> csv = CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + M + "/audit/export.csv?studentId=" + id))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "frederikssund:frederikssund".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body(), csv.body().startsWith("tidspunkt;bruger;roller;kommune;handling;hvad;elev;kanal\n"));
        assertEquals(csv.body(), 7, csv.body().split("\n").length);
    }

    @Test
    public void onlyTheMunicipalitysAdministratorReadsItAndNobodyChangesIt() {
        get(User.AARHUS, M + "/audit").problem(403, "forbidden");
        Answer created = post(User.ADMIN, "/api/v1/users", "{\"username\":\"audit-team\",\"password\":\"uddannelse-2026\","
                + "\"roles\":[\"education-team\"],\"municipality\":\"250\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
        send("audit-team", "uddannelse-2026", "GET", M + "/audit", null, null).problem(403, "forbidden");
        get(User.FREDERIKSSUND, M + "/audit?page=-1").problem(422, "validation");
        get(User.FREDERIKSSUND, M + "/audit?from=igår").problem(422, "validation");
        for (String method : new String[]{"POST", "PUT", "DELETE"}) {
            Answer change = send(User.FREDERIKSSUND, method, M + "/audit", "application/json", "{}");
            assertTrue(method + " " + change.status(), change.status() == 405 || change.status() == 404);
        }
    }
}
