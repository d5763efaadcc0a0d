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

/** Points 4 and 5 over REST: the student register, bad input, and tenant isolation. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StudentsApiIT extends SosuHubTestSupport {

    private static final String STUDENTS_250 = "/api/v1/municipalities/250/students";
    private static final String VALID = "{\"name\":\"Sara Holm\",\"programme\":\"SSA\",\"startDate\":\"2024-08-12\","
            + "\"birthDate\":\"1996-05-01\",\"track\":\"ORDINARY\",\"origin\":\"OWN_UNSKILLED_STAFF\"}";

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void createsReadsUpdatesAndListsStudents() {
        Answer created = post(User.FREDERIKSSUND, STUDENTS_250, VALID).expect(201);
        JsonNode s = created.json();
        long id = s.get("id").asLong();
        assertEquals("250", s.get("municipality").asText());
        assertEquals("SSA", s.get("programme").asText());
        assertEquals("2024-08-12", s.get("startDate").asText());
        assertEquals("2027-10-12", s.get("endDate").asText());
        assertEquals(28, s.get("ageAtStart").asInt());
        assertEquals("ACTIVE", s.get("status").asText());
        assertEquals("OWN_UNSKILLED_STAFF", s.get("origin").asText());

        assertEquals("Sara Holm", get(User.FREDERIKSSUND, STUDENTS_250 + "/" + id).expect(200).json().get("name").asText());
        JsonNode updated = put(User.FREDERIKSSUND, STUDENTS_250 + "/" + id, VALID.replace("Sara Holm", "Sara Holm Jensen")
                .replace("ORDINARY", "SSH_TO_SSA")).expect(200).json();
        assertEquals("Sara Holm Jensen", updated.get("name").asText());
        assertEquals("SSH_TO_SSA", updated.get("track").asText());

        JsonNode page = get(User.FREDERIKSSUND, STUDENTS_250 + "?programme=SSA&startYear=2024").expect(200).json();
        assertTrue(page.get("total").asInt() >= 1);
        for (JsonNode item : page.get("items")) {
            assertEquals("SSA", item.get("programme").asText());
            assertTrue(item.get("startDate").asText().startsWith("2024"));
        }
    }

    @Test
    public void badInputGetsAProblemAndChangesNothing() {
        long before = studentCount(User.FREDERIKSSUND, "250");
        post(User.FREDERIKSSUND, STUDENTS_250, "{\"programme\": \"SSA\", ").problem(400, "malformed-json");
        post(User.FREDERIKSSUND, STUDENTS_250, "not json at all").problem(400, "malformed-json");
        Answer unknown = post(User.FREDERIKSSUND, STUDENTS_250, VALID.replace("\"SSA\"", "\"SSX\"")).problem(422, "validation");
        assertEquals("programme", unknown.json().get("errors").get(0).get("field").asText());
        Answer endBeforeStart = post(User.FREDERIKSSUND, STUDENTS_250,
                "{\"programme\":\"SSH\",\"startDate\":\"2025-08-01\",\"endDate\":\"2025-01-01\"}").problem(422, "validation");
        assertEquals("endDate", endBeforeStart.json().get("errors").get(0).get("field").asText());
        Answer missing = post(User.FREDERIKSSUND, STUDENTS_250, "{\"name\":\"Uden data\"}").problem(422, "validation");
        assertEquals(2, missing.json().get("errors").size());
        post(User.FREDERIKSSUND, STUDENTS_250, "").problem(422, "validation");
        post(User.FREDERIKSSUND, STUDENTS_250, VALID.replace("2024-08-12", "12-08-2024")).problem(422, "validation");
        post(User.FREDERIKSSUND, STUDENTS_250, VALID.replace("\"name\"", "\"nmae\"")).problem(422, "validation");
        post(User.FREDERIKSSUND, STUDENTS_250, "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").problem(413, "request-entity-too-large");
        send(User.FREDERIKSSUND, "POST", STUDENTS_250, "text/plain", "hello").expect(415);
        post(User.ADMIN, "/api/v1/municipalities/999/students", VALID).problem(404, "not-found");
        get(User.FREDERIKSSUND, STUDENTS_250 + "/987654").problem(404, "not-found");
        Answer badQuery = get(User.FREDERIKSSUND, STUDENTS_250 + "?programme=XYZ&startYear=x").problem(422, "validation");
        assertEquals(2, badQuery.json().get("errors").size());
        assertEquals(before, studentCount(User.FREDERIKSSUND, "250"));
    }

    @Test
    public void aarhusNeitherSeesNorChangesFrederikssundsStudents() {
        long id = post(User.FREDERIKSSUND, STUDENTS_250, VALID).expect(201).json().get("id").asLong();
        long before = studentCount(User.FREDERIKSSUND, "250");

        get(User.AARHUS, STUDENTS_250).problem(403, "forbidden");
        get(User.AARHUS, STUDENTS_250 + "/" + id).problem(403, "forbidden");
        put(User.AARHUS, STUDENTS_250 + "/" + id, VALID.replace("Sara", "Hacked")).problem(403, "forbidden");
        post(User.AARHUS, STUDENTS_250, VALID).problem(403, "forbidden");
        // the id exists, but not in Aarhus: through Aarhus' own path it is simply not there
        get(User.AARHUS, "/api/v1/municipalities/751/students/" + id).problem(404, "not-found");
        put(User.AARHUS, "/api/v1/municipalities/751/students/" + id, VALID).problem(404, "not-found");
        for (JsonNode s : get(User.AARHUS, "/api/v1/municipalities/751/students").expect(200).json().get("items")) {
            assertEquals("751", s.get("municipality").asText());
        }
        assertEquals(before, studentCount(User.FREDERIKSSUND, "250"));
        assertEquals("Sara Holm", get(User.FREDERIKSSUND, STUDENTS_250 + "/" + id).expect(200).json().get("name").asText());
    }
}
