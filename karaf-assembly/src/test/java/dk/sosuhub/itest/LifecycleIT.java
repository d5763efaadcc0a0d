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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The lifecycle over SOAP, the SSA → SSH switch and the CSV bulk import, in a municipality of their own
 * (Helsingør, 217) so that Frederikssund's published figures stay untouched.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LifecycleIT extends SosuHubTestSupport {

    private static final String CODE = "217";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String S = "<s:%1$s xmlns:s=\"urn:sosuhub:students\"><municipality>%2$s</municipality>%3$s</s:%1$s>";

    @Before
    public void setUp() {
        awaitPlatform();
        await(User.NOBODY, "/soap/students?wsdl", a -> a.status() == 200 && a.text().contains("importStudents"));
        Answer created = post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Helsingør\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
    }

    private long hire(String programme, String startDate) {
        return post(User.ADMIN, M + "/students", "{\"name\":\"Test Elev\",\"programme\":\"" + programme + "\",\"startDate\":\""
                + startDate + "\",\"birthDate\":\"1995-05-05\",\"personalAdvisor\":\"Hanne\"}").expect(201).json().get("id").asLong();
    }

    private Answer soapOp(User user, String operation, String code, String params) {
        return soap(user, "students", String.format(S, operation, code, params));
    }

    @Test
    public void theLifecycleIsRecordedAndReadOverSoap() {
        String wsdl = get(User.NOBODY, "/soap/students?wsdl").expect(200).text();
        for (String op : new String[]{"completeStudent", "dropOutStudent", "employStudent", "switchProgramme", "getPlan",
                "replacePlan", "addAbsence", "listAbsences", "addTalk", "listTalks", "importStudents"}) {
            assertTrue(op + " in the WSDL", wsdl.contains("\"" + op + "\""));
        }
        long id = hire("SSA", "2024-08-12");
        String who = "<id>" + id + "</id>";
        String plan = soapOp(User.ADMIN, "getPlan", CODE, who).expect(200).text();
        assertTrue(plan, plan.contains("<phase>PLACEMENT_1</phase>") && plan.contains("<kind>BASIC</kind>"));
        String absence = soapOp(User.ADMIN, "addAbsence", CODE, who + "<date>2025-02-03</date><sickDays>2.5</sickDays>").expect(200).text();
        assertTrue(absence, absence.contains("<sickDays>2.5</sickDays>") && absence.contains("<phase>PLACEMENT_1</phase>"));
        soapOp(User.ADMIN, "addTalk", CODE, who + "<type>MIDTERM</type><date>2025-03-01</date>"
                + "<participant>elev</participant><participant>personlig vejleder</participant>").expect(200);
        String talks = soapOp(User.ADMIN, "listTalks", CODE, who).expect(200).text();
        assertTrue(talks, talks.contains("<type>MIDTERM</type>") && talks.contains("<participant>personlig vejleder</participant>"));
        assertTrue(soapOp(User.ADMIN, "listAbsences", CODE, who).expect(200).text().contains("<date>2025-02-03</date>"));

        // impossible events are faults carrying the problem, and change nothing
        Answer employFirst = soapOp(User.ADMIN, "employStudent", CODE, who + "<date>2025-01-01</date><unitType>HOME_CARE</unitType>").expect(500);
        assertTrue(employFirst.text(), employFirst.text().contains("urn:sosuhub:problem:conflict") && employFirst.text().contains("soap:Client"));
        Answer early = soapOp(User.ADMIN, "dropOutStudent", CODE, who + "<date>2024-01-01</date><reason>ABSENCE</reason>").expect(500);
        assertTrue(early.text(), early.text().contains("<error field=\"date\">"));
        Answer cross = soapOp(User.AARHUS, "completeStudent", CODE, who + "<date>2027-06-30</date>").expect(500);
        assertTrue(cross.text(), cross.text().contains("urn:sosuhub:problem:forbidden"));
        assertEquals("ACTIVE", get(User.ADMIN, M + "/students/" + id).expect(200).json().get("status").asText());

        String completed = soapOp(User.ADMIN, "completeStudent", CODE, who + "<date>2027-06-30</date>").expect(200).text();
        assertTrue(completed, completed.contains("<status>COMPLETED</status>") && completed.contains("<completionDate>2027-06-30</completionDate>"));
        Answer afterCompletion = soapOp(User.ADMIN, "dropOutStudent", CODE, who + "<date>2027-07-01</date><reason>OTHER</reason>").expect(500);
        assertTrue(afterCompletion.text(), afterCompletion.text().contains("urn:sosuhub:problem:conflict"));
        String employed = soapOp(User.ADMIN, "employStudent", CODE, who + "<date>2027-08-01</date><unitType>HOME_CARE</unitType>").expect(200).text();
        assertTrue(employed, employed.contains("<employmentUnit>HOME_CARE</employmentUnit>"));
        JsonNode student = get(User.ADMIN, M + "/students/" + id).expect(200).json();
        assertEquals("COMPLETED", student.get("status").asText());
        assertTrue(student.get("dropout").isNull());

        String replaced = soapOp(User.ADMIN, "replacePlan", CODE, who
                + "<period><kind>BASIC</kind><startDate>2024-08-12</startDate><endDate>2025-01-12</endDate></period>"
                + "<period><kind>PLACEMENT</kind><startDate>2025-01-12</startDate><endDate>2027-06-30</endDate><site>Plejecenter Solgården</site></period>").expect(200).text();
        assertTrue(replaced, replaced.contains("<site>Plejecenter Solgården</site>"));
        Answer gap = soapOp(User.ADMIN, "replacePlan", CODE, who
                + "<period><kind>BASIC</kind><startDate>2024-08-12</startDate><endDate>2025-01-12</endDate></period>"
                + "<period><kind>PLACEMENT</kind><startDate>2025-02-01</startDate><endDate>2027-06-30</endDate></period>").expect(500);
        assertTrue(gap.text(), gap.text().contains("urn:sosuhub:problem:validation"));
        assertEquals(2, get(User.ADMIN, M + "/students/" + id + "/plan").expect(200).json().get("periods").size());
    }

    @Test
    public void aPlacementPeriodHasASupervisorAndAStudentUserItsRecord() {
        long id = hire("SSH", "2025-08-11");
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"hel-vejleder\",\"password\":\"vejleder-1234\","
                + "\"roles\":[\"supervisor\"],\"municipality\":\"" + CODE + "\",\"email\":\"vejleder@helsingor.dk\"}").expect(201);
        JsonNode periods = get(User.ADMIN, M + "/students/" + id + "/plan").expect(200).json().get("periods");
        String body = periods.toString().replaceFirst("(\"kind\":\"PLACEMENT\"[^}]*?)\"site\":null,\"supervisor\":null",
                "$1\"site\":\"Plejecentret\",\"supervisor\":\"hel-vejleder\"");
        JsonNode placed = put(User.ADMIN, M + "/students/" + id + "/plan", "{\"periods\":" + body + "}").expect(200).json();
        JsonNode first = PlatformAdministrationIT.find(placed.get("periods"), "kind", "PLACEMENT");
        assertEquals("hel-vejleder", first.get("supervisor").asText());
        String soapPlan = soapOp(User.ADMIN, "getPlan", CODE, "<id>" + id + "</id>").expect(200).text();
        assertTrue(soapPlan, soapPlan.contains("<supervisor>hel-vejleder</supervisor>"));

        String unknown = body.replace("hel-vejleder", "nobody-here");
        put(User.ADMIN, M + "/students/" + id + "/plan", "{\"periods\":" + unknown + "}").problem(422, "validation");
        assertEquals("a refused plan changes nothing", placed.get("periods"),
                get(User.ADMIN, M + "/students/" + id + "/plan").expect(200).json().get("periods"));

        // a student user is linked to their own record; the link is required for that role and only for it
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"hel-elev\",\"password\":\"elev-12345678\","
                + "\"roles\":[\"student\"],\"municipality\":\"" + CODE + "\"}").problem(422, "validation");
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"hel-elev\",\"password\":\"elev-12345678\","
                + "\"roles\":[\"student\"],\"municipality\":\"250\",\"studentId\":" + id + "}").problem(422, "validation");
        JsonNode student = post(User.ADMIN, "/api/v1/users", "{\"username\":\"hel-elev\",\"password\":\"elev-12345678\","
                + "\"roles\":[\"student\"],\"municipality\":\"" + CODE + "\",\"studentId\":" + id + "}").expect(201).json();
        assertEquals(id, student.get("studentId").asLong());
        JsonNode changed = put(User.ADMIN, "/api/v1/users/hel-elev", "{\"roles\":[\"student\"],\"studentId\":" + id
                + ",\"email\":\"elev@example.dk\"}").expect(200).json();
        assertEquals("elev@example.dk", changed.get("email").asText());
        put(User.ADMIN, "/api/v1/users/hel-elev", "{\"roles\":[\"student\"],\"studentId\":" + id
                + ",\"email\":\"ikke en adresse\"}").problem(422, "validation");
        assertEquals("elev@example.dk", get(User.ADMIN, "/api/v1/users/hel-elev").expect(200).json().get("email").asText());
        send("hel-elev", "elev-12345678", "GET", "/api/v1/me", null, null).expect(200);
        put(User.ADMIN, "/api/v1/users/hel-elev", "{\"roles\":[\"student\"],\"studentId\":" + id
                + ",\"password\":\"nyt-kodeord-123\"}").expect(200);
        send("hel-elev", "elev-12345678", "GET", "/api/v1/me", null, null).problem(401, "unauthorized");
        send("hel-elev", "nyt-kodeord-123", "GET", "/api/v1/me", null, null).expect(200);
        get(User.AARHUS, "/api/v1/users/hel-elev").problem(404, "not-found");
    }

    @Test
    public void anSsaStudentSwitchesToSsh() {
        long id = hire("SSA", "2024-08-12");
        post(User.ADMIN, M + "/students/" + id + "/absences", "{\"date\":\"2025-02-03\",\"sickDays\":1}").expect(201);
        post(User.AARHUS, M + "/students/" + id + "/programme-switch", "{\"date\":\"2025-03-03\"}").problem(403, "forbidden");
        post(User.ADMIN, M + "/students/" + id + "/programme-switch", "{\"date\":\"2024-01-01\"}").problem(422, "validation");
        get(User.ADMIN, M + "/students/" + id + "/programme-switch").problem(404, "not-found");

        JsonNode sw = post(User.ADMIN, M + "/students/" + id + "/programme-switch", "{\"date\":\"2025-03-03\"}").expect(200).json();
        assertEquals("DROPPED_OUT", sw.get("from").get("status").asText());
        assertEquals("SWITCHED_PROGRAMME", sw.get("from").get("dropout").get("reason").asText());
        assertEquals("PLACEMENT_1", sw.get("from").get("dropout").get("phase").asText());
        JsonNode to = sw.get("to");
        assertEquals("SSH", to.get("programme").asText());
        assertEquals("2025-03-03", to.get("startDate").asText());
        assertEquals("ACTIVE", to.get("status").asText());
        assertEquals("Test Elev", to.get("name").asText());
        assertEquals("2026-05-03", to.get("endDate").asText());   // the SSH main course: 14 months
        JsonNode plan = get(User.ADMIN, M + "/students/" + to.get("id").asLong() + "/plan").expect(200).json().get("periods");
        assertEquals("PLACEMENT", plan.get(0).get("kind").asText());
        assertEquals(4, plan.size());
        assertEquals(id, get(User.ADMIN, M + "/students/" + to.get("id").asLong() + "/programme-switch").expect(200)
                .json().get("from").get("id").asLong());

        post(User.ADMIN, M + "/students/" + id + "/programme-switch", "{\"date\":\"2025-04-01\"}").problem(409, "conflict");
        post(User.ADMIN, M + "/students/" + to.get("id").asLong() + "/programme-switch", "{\"date\":\"2025-04-01\"}").problem(409, "conflict");

        // during the basic course the SSH record gets the whole programme; over SOAP too
        long early = hire("SSA", "2025-01-06");
        String soapSwitch = soapOp(User.ADMIN, "switchProgramme", CODE, "<id>" + early + "</id><date>2025-02-03</date>").expect(200).text();
        assertTrue(soapSwitch, soapSwitch.contains("<dropoutReason>SWITCHED_PROGRAMME</dropoutReason>")
                && soapSwitch.contains("<programme>SSH</programme>") && soapSwitch.contains("<endDate>2026-09-03</endDate>"));

        JsonNode dropouts = get(User.ADMIN, M + "/kpis/dropouts?year=2025").expect(200).json();
        assertEquals(2, dropouts.get("byReason").get("SSA").get("SWITCHED_PROGRAMME").asInt());
        JsonNode sshCohort = get(User.ADMIN, M + "/kpis/cohort?programme=SSH&year=2025").expect(200).json();
        assertEquals(2, sshCohort.get("hired").asInt());
    }

    @Test
    public void importsACsvFileWithAllRowsOrNone() {
        long before = studentCount(User.ADMIN, CODE);
        String bad = "name;programme;startDate;birthDate\n"
                + "Anna Andersen;SSH;2026-01-05;1990-01-01\n"
                + "Bo Bach;SSX;2026-01-05;1990-01-01\n"
                + "Carl Carlsen;SSA;2026-01-05;1990-01-01\n"
                + "Dorte Dahl;SSA;;1990-01-01\n";
        Answer refused = csv(User.ADMIN, bad, "text/csv").problem(422, "validation");
        JsonNode errors = refused.json().get("errors");
        assertEquals(2, errors.size());
        assertEquals(3, errors.get(0).get("row").asInt());
        assertEquals("programme", errors.get(0).get("field").asText());
        assertEquals(5, errors.get(1).get("row").asInt());
        assertEquals("startDate", errors.get(1).get("field").asText());
        assertEquals("is required", errors.get(1).get("message").asText());
        assertEquals(before, studentCount(User.ADMIN, CODE));

        String good = "\uFEFFname;programme;track;origin;startDate;birthDate;personalAdvisor\r\n"
                + "\"Eriksen; Emil\";SSH;EUV1;OWN_UNSKILLED_STAFF;05-01-2026;02.03.1980;Hanne\r\n"
                + "\r\n"
                + "Frida Ø. Ås;SSA;;;2026-01-05;1999-12-24;\r\n"
                + "Gustav \"\"G\"\" Grøn;SSA;ORDINARY;EXTERNAL;2026-01-05;2001-01-01;Hanne\r\n";
        JsonNode imported = csv(User.ADMIN, good, "text/csv; charset=UTF-8").expect(201).json();
        assertEquals(3, imported.get("count").asInt());
        assertEquals(before + 3, studentCount(User.ADMIN, CODE));
        JsonNode emil = get(User.ADMIN, M + "/students/" + imported.get("ids").get(0).asLong()).expect(200).json();
        assertEquals("Eriksen; Emil", emil.get("name").asText());
        assertEquals("EUV1", emil.get("track").asText());
        assertEquals(45, emil.get("ageAtStart").asInt());
        assertEquals("Frida Ø. Ås", get(User.ADMIN, M + "/students/" + imported.get("ids").get(1).asLong()).json().get("name").asText());

        // commas, and a spreadsheet's own character set when the request names it
        JsonNode latin = csvBytes(User.ADMIN, "name,programme,startDate\nSøren Æbelø,SSH,2026-01-05\n".getBytes(Charset.forName("windows-1252")),
                "text/csv; charset=windows-1252").expect(201).json();
        assertEquals("Søren Æbelø", get(User.ADMIN, M + "/students/" + latin.get("ids").get(0).asLong()).json().get("name").asText());
        csvBytes(User.ADMIN, "name,programme,startDate\nSøren,SSH,2026-01-05\n".getBytes(Charset.forName("windows-1252")),
                "text/csv").problem(422, "validation");

        long after = studentCount(User.ADMIN, CODE);
        csv(User.AARHUS, good, "text/csv").problem(403, "forbidden");
        Answer json = send(User.ADMIN, "POST", M + "/students/import", "application/json", "{}");
        assertTrue(json.text(), json.status() == 415);
        csv(User.ADMIN, "programme;startDate\n" + "SSH;2026-01-05\n".repeat(80_000), "text/csv").problem(413, "request-entity-too-large");
        csv(User.ADMIN, "name;programme;startDate\n", "text/csv").problem(422, "validation");
        assertEquals(after, studentCount(User.ADMIN, CODE));

        String soapCsv = "name;programme;startDate\nHans Holm;SSH;2026-01-05\nIda Iversen;SSA;2026-01-05\n";
        String result = soapOp(User.ADMIN, "importStudents", CODE, "<csv>" + soapCsv + "</csv>").expect(200).text();
        assertTrue(result, result.contains("<count>2</count>"));
        Answer soapBad = soapOp(User.ADMIN, "importStudents", CODE, "<csv>" + soapCsv.replace("SSA", "XYZ") + "</csv>").expect(500);
        assertTrue(soapBad.text(), soapBad.text().contains("row=\"3\"") && soapBad.text().contains("field=\"programme\""));
        assertEquals(after + 2, studentCount(User.ADMIN, CODE));

        JsonNode doc = get(User.NOBODY, "/api/v1/openapi.json").expect(200).json();
        assertTrue(doc.get("paths").get("/municipalities/{code}/students/import").get("post").get("requestBody")
                .get("content").has("text/csv"));
        assertTrue(doc.get("paths").has("/municipalities/{code}/students/{id}/programme-switch"));
    }

    @Test
    public void importsManyRowsInOneTransactionAndRefusesMoreThanTheLimit() {
        long before = studentCount(User.ADMIN, CODE);
        String rows = rows(2_000);
        long start = System.nanoTime();
        JsonNode result = csv(User.ADMIN, rows, "text/csv").expect(201).json();
        System.out.printf("CSV import of 2,000 students (%d KiB) in one transaction: %d ms%n",
                rows.length() / 1024, (System.nanoTime() - start) / 1_000_000);
        assertEquals(2_000, result.get("count").asInt());
        assertEquals(before + 2_000, studentCount(User.ADMIN, CODE));
        Answer tooMany = csv(User.ADMIN, rows(10_001), "text/csv").problem(422, "validation");
        assertTrue(tooMany.text(), tooMany.json().get("detail").asText().contains("at most 10000"));
        assertEquals(before + 2_000, studentCount(User.ADMIN, CODE));
    }

    private static String rows(int count) {
        StringBuilder rows = new StringBuilder("name;programme;startDate;birthDate\n");
        for (int i = 0; i < count; i++) {
            rows.append("Elev ").append(i).append(i % 2 == 0 ? ";SSH" : ";SSA").append(";2026-01-05;1990-01-01\n");
        }
        return rows.toString();
    }

    private Answer csv(User user, String text, String contentType) {
        return csvBytes(user, text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private Answer csvBytes(User user, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + M + "/students/import")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user.username + ":" + user.password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "");
            JsonNode json = type.endsWith("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), type, response.body(), json);
        } catch (Exception e) {
            throw new AssertionError("import failed: " + e, e);
        }
    }

    @Test
    public void studentsOfOneMunicipalityStayThere() {
        long id = hire("SSA", "2025-01-06");
        get(User.AARHUS, M + "/students/" + id + "/programme-switch").problem(403, "forbidden");
        get(User.AARHUS, "/api/v1/municipalities/751/students/" + id + "/programme-switch").problem(404, "not-found");
        Answer fault = soapOp(User.AARHUS, "listTalks", "751", "<id>" + id + "</id>").expect(500);
        assertTrue(fault.text(), fault.text().contains("urn:sosuhub:problem:not-found"));
        assertFalse(get(User.ADMIN, M + "/students/" + id).json().get("status").asText().equals("DROPPED_OUT"));
    }
}
