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

/**
 * A student's GDPR rights: an export of everything the platform holds, and an erasure that removes what identifies
 * the student while every KPI figure stays exactly as it was. In a municipality of its own (Brøndby, 153).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class GdprIT extends SosuHubTestSupport {

    private static final String CODE = "153";
    private static final String M = "/api/v1/municipalities/" + CODE;

    @Before
    public void setUp() {
        awaitPlatform();
        Answer created = post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Brøndby\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
    }

    private long hire(String name, String start, String birth) {
        return post(User.ADMIN, M + "/students", "{\"name\":\"" + name + "\",\"programme\":\"SSH\",\"startDate\":\"" + start
                + "\",\"birthDate\":\"" + birth + "\"}").expect(201).json().get("id").asLong();
    }

    @Test
    public void anExportHoldsEverythingAndAnErasureLeavesEveryFigureAsItWas() {
        long id = hire("Gitte Persondata", "2024-08-12", "1990-03-04");
        long other = hire("Anden Elev", "2024-08-12", "1999-01-01");
        post(User.ADMIN, M + "/students/" + id + "/absences", "{\"date\":\"2024-10-07\",\"sickDays\":3}").expect(201);
        post(User.ADMIN, M + "/students/" + other + "/absences", "{\"date\":\"2024-11-04\",\"sickDays\":1.5}").expect(201);
        post(User.ADMIN, M + "/students/" + id + "/talks", "{\"type\":\"EXPECTATIONS\",\"date\":\"2024-08-20\","
                + "\"participants\":[\"Gitte Persondata\",\"Hanne Vejleder\"]}").expect(201);
        // what the modules hold about the student: a placement profile, a conversation, a mentoring referral
        put(User.ADMIN, M + "/students/" + id + "/placement-profile", "{\"location\":{\"lat\":55.6789,\"lon\":12.5311},"
                + "\"maxTravelKm\":20,\"supportNeeds\":[\"sprog\"]}").expect(200);
        Answer team = post(User.ADMIN, "/api/v1/users", "{\"username\":\"gdpr-team\",\"password\":\"uddannelse-2026\","
                + "\"roles\":[\"education-team\"],\"municipality\":\"" + CODE + "\"}");
        assertTrue(team.text(), team.status() == 201 || team.status() == 409);
        send("gdpr-team", "uddannelse-2026", "POST", M + "/students/" + id + "/conversations", "application/json",
                "{\"subject\":\"Gittes ryg\",\"staffOnly\":false,\"text\":\"Gitte har ondt i ryggen efter løft\"}").expect(201);
        post(User.ADMIN, M + "/mentoring/relationships", "{\"scheme\":\"RETENTION_MENTOR\",\"studentId\":" + id
                + ",\"referredOn\":\"2024-09-02\",\"supportNeeds\":[\"angst\"]}").expect(201);
        post(User.ADMIN, M + "/students/" + id + "/dropout", "{\"date\":\"2025-01-10\",\"reason\":\"ILLNESS\"}").expect(200);
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"gitte-elev\",\"password\":\"gitte-har-ferie-2026\","
                + "\"roles\":[\"student\"],\"municipality\":\"" + CODE + "\",\"studentId\":" + id + "}").expect(201);
        send("gitte-elev", "gitte-har-ferie-2026", "GET", "/api/v1/me", null, null).expect(200);

        JsonNode report = get(User.ADMIN, M + "/kpis/report?year=2024").expect(200).json();
        JsonNode cohort = get(User.ADMIN, M + "/kpis/cohort?programme=SSH&year=2024").expect(200).json();
        JsonNode dropouts = get(User.ADMIN, M + "/kpis/dropouts?year=2025").expect(200).json();
        JsonNode sickLeave = get(User.ADMIN, M + "/kpis/sick-leave/breakdown?year=2024").expect(200).json();

        JsonNode export = get(User.ADMIN, M + "/students/" + id + "/export").expect(200).json();
        assertEquals("Gitte Persondata", export.get("student").get("name").asText());
        assertEquals("1990-03-04", export.get("student").get("birthDate").asText());
        assertEquals(1, export.get("absences").size());
        assertEquals("Hanne Vejleder", export.get("talks").get(0).get("participants").get(1).asText());
        assertTrue(export.get("plan").size() > 1);
        JsonNode modules = export.get("modules");
        assertEquals(55.6789, modules.get("placements").get("profile").get(0).get("lat").asDouble(), 1e-9);
        assertEquals("sprog", modules.get("placements").get("supportNeeds").get(0).get("need").asText());
        assertEquals("Gitte har ondt i ryggen efter løft", modules.get("messages").get("conversations").get(0)
                .get("messages").get(0).get("text").asText());
        assertEquals("RETENTION_MENTOR", modules.get("mentoring").get("relationships").get(0).get("relationship")
                .get("scheme").asText());
        get(User.AARHUS, M + "/students/" + id + "/export").problem(403, "forbidden");

        JsonNode erased = post(User.ADMIN, M + "/students/" + id + "/erase", null).expect(200).json();
        assertEquals("Slettet elev", erased.get("name").asText());
        assertTrue(erased.get("birthDate").isNull());
        assertEquals(34, erased.get("ageAtStart").asInt());
        JsonNode after = get(User.ADMIN, M + "/students/" + id + "/export").expect(200).json();
        assertFalse(after.toString(), after.toString().contains("Gitte") || after.toString().contains("Hanne")
                || after.toString().contains("1990-03-04") || after.toString().contains("ryg")
                || after.toString().contains("55.6789") || after.toString().contains("angst")
                || after.toString().contains("sprog"));
        assertEquals("that there was a conversation stays", 1, after.get("modules").get("messages").get("conversations").size());
        assertEquals("the mentoring course stays for the figures", "REFERRED", after.get("modules").get("mentoring")
                .get("relationships").get(0).get("relationship").get("status").asText());
        assertEquals("DROPPED_OUT", after.get("student").get("status").asText());
        assertEquals(1, after.get("absences").size());
        send("gitte-elev", "gitte-har-ferie-2026", "GET", "/api/v1/me", null, null).problem(401, "unauthorized");
        assertEquals("the other student is untouched", "Anden Elev",
                get(User.ADMIN, M + "/students/" + other).expect(200).json().get("name").asText());

        assertEquals(report, get(User.ADMIN, M + "/kpis/report?year=2024").expect(200).json());
        assertEquals(cohort, get(User.ADMIN, M + "/kpis/cohort?programme=SSH&year=2024").expect(200).json());
        assertEquals(dropouts, get(User.ADMIN, M + "/kpis/dropouts?year=2025").expect(200).json());
        JsonNode sickAfter = get(User.ADMIN, M + "/kpis/sick-leave/breakdown?year=2024").expect(200).json();
        assertEquals(sickLeave.get("byProgramme"), sickAfter.get("byProgramme"));
        assertEquals(sickLeave.get("byStudent").size(), sickAfter.get("byStudent").size());

        post(User.ADMIN, M + "/students/" + id + "/erase", null).expect(200);
        post(User.ADMIN, M + "/students/99999999/erase", null).problem(404, "not-found");
        send(User.AARHUS, "POST", M + "/students/" + id + "/erase", "application/json", null).problem(403, "forbidden");
    }
}
