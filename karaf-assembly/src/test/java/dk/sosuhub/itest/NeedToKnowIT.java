package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.util.HashSet;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Need to know, per role: a supervisor sees the students whose current placement, or the one before it, they
 * supervise, in every list, record and warning, REST and SOAP alike; the education team sees the municipality.
 * In a municipality of its own (Rudersdal, 230).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class NeedToKnowIT extends SosuHubTestSupport {

    private static final String CODE = "230";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String PASSWORD = "vejledning-2026";

    @Before
    public void setUp() {
        awaitPlatform();
        Answer created = post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Rudersdal\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
    }

    private void user(String name, String role) {
        Answer a = post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"municipality\":\"" + CODE + "\"}");
        assertTrue(a.text(), a.status() == 201 || a.status() == 409);
    }

    private long student(String name, String... placements) {
        long id = post(User.ADMIN, M + "/students", "{\"name\":\"" + name + "\",\"programme\":\"SSA\",\"startDate\":"
                + "\"2025-01-06\",\"birthDate\":\"2001-01-01\"}").expect(201).json().get("id").asLong();
        StringBuilder plan = new StringBuilder("{\"periods\":[{\"seq\":0,\"number\":0,\"kind\":\"BASIC\",\"startDate\":\"2025-01-06\",\"endDate\":\"2025-06-02\"}");
        String[][] dates = {{"2025-06-02", "2025-12-01"}, {"2025-12-01", "2026-03-02"}, {"2026-03-02", "2026-09-07"},
                {"2026-09-07", "2027-01-04"}, {"2027-01-04", "2027-06-07"}};
        for (int i = 0; i < dates.length; i++) {
            boolean placement = i % 2 == 0;
            String supervisor = placement && i / 2 < placements.length ? placements[i / 2] : null;
            plan.append(",{\"seq\":0,\"number\":0,\"kind\":\"").append(placement ? "PLACEMENT" : "SCHOOL").append("\",\"startDate\":\"")
                    .append(dates[i][0]).append("\",\"endDate\":\"").append(dates[i][1]).append('"')
                    .append(supervisor == null || supervisor.isEmpty() ? "" : ",\"supervisor\":\"" + supervisor + "\"").append('}');
        }
        plan.append("]}");
        put(User.ADMIN, M + "/students/" + id + "/plan", plan.toString()).expect(200);
        return id;
    }

    private Set<Long> ids(JsonNode items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(s -> ids.add(s.has("studentId") ? s.get("studentId").asLong() : s.get("id").asLong()));
        return ids;
    }

    @Test
    public void aSupervisorSeesTheirCurrentAndPreviousPlacementsStudentsOnly() {
        user("rudersdal-anna", "supervisor");
        user("rudersdal-bo", "supervisor");
        user("rudersdal-team", "education-team");
        // placements: 2025-06 (Anna), 2026-03 (Bo, the current one until 2026-09), 2027-01 (not started)
        long both = student("Elev Begge", "rudersdal-anna", "rudersdal-bo", "rudersdal-anna");
        long previous = student("Elev Tidligere", "rudersdal-anna", "", "");
        long bosOnly = student("Elev Bo", "", "rudersdal-bo", "");
        long future = student("Elev Senere", "", "", "rudersdal-anna");
        for (long id : new long[]{both, previous, bosOnly, future}) {
            post(User.ADMIN, M + "/students/" + id + "/absences", "{\"date\":\"2026-11-02\",\"sickDays\":4}").expect(201);
        }

        JsonNode anna = send("rudersdal-anna", PASSWORD, "GET", M + "/students", null, null).expect(200).json();
        assertEquals("Anna: the current placement's students and the one before's, not a placement still to come",
                Set.of(both, previous), ids(anna.get("items")));
        assertEquals(2, anna.get("total").asInt());
        assertEquals(Set.of(both, bosOnly), ids(send("rudersdal-bo", PASSWORD, "GET", M + "/students", null, null)
                .expect(200).json().get("items")));
        assertEquals(4, send("rudersdal-team", PASSWORD, "GET", M + "/students", null, null).expect(200).json().get("total").asInt());

        send("rudersdal-anna", PASSWORD, "GET", M + "/students/" + both + "/absences", null, null).expect(200);
        for (long hidden : new long[]{bosOnly, future}) {
            for (String path : new String[]{"", "/plan", "/absences", "/talks"}) {
                send("rudersdal-anna", PASSWORD, "GET", M + "/students/" + hidden + path, null, null).problem(404, "not-found");
            }
        }

        JsonNode sick = send("rudersdal-anna", PASSWORD, "GET", M + "/kpis/sick-leave/breakdown?year=2026", null, null)
                .expect(200).json();
        assertEquals(Set.of(both, previous), ids(sick.get("byStudent")));
        JsonNode warnings = send("rudersdal-anna", PASSWORD, "GET", M + "/kpis/early-warnings?date=2026-11-20", null, null)
                .expect(200).json().get("warnings");
        assertTrue(warnings.toString(), Set.of(both, previous).containsAll(ids(warnings)));
        assertEquals(4, ids(send("rudersdal-team", PASSWORD, "GET", M + "/kpis/sick-leave/breakdown?year=2026", null, null)
                .expect(200).json().get("byStudent")).size());

        String soapGet = "<s:getStudent xmlns:s=\"urn:sosuhub:students\"><municipality>" + CODE + "</municipality><id>%d</id></s:getStudent>";
        String hiddenSoap = send("rudersdal-anna", PASSWORD, "POST", "/soap/students", "text/xml; charset=UTF-8",
                envelope(String.format(soapGet, bosOnly))).text();
        assertTrue(hiddenSoap, hiddenSoap.contains("urn:sosuhub:problem:not-found"));
        String list = send("rudersdal-anna", PASSWORD, "POST", "/soap/students", "text/xml; charset=UTF-8",
                envelope("<s:listStudents xmlns:s=\"urn:sosuhub:students\"><municipality>" + CODE + "</municipality></s:listStudents>")).text();
        assertTrue(list, list.contains("<id>" + both + "</id>") && !list.contains("<id>" + bosOnly + "</id>")
                && !list.contains("<id>" + future + "</id>"));
    }

    private static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }
}
