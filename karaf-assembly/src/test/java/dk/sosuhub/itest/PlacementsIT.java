package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Module placements (Oplæring) over REST and SOAP: sites with capacity changes, supervisors, the students'
 * placement profiles and the programme rules; every kind of bad input is refused naming its fields and changes
 * nothing; roles and tenants are kept apart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlacementsIT extends SosuHubTestSupport {

    private static final String M = "/api/v1/municipalities/250";
    private static final String SITES = M + "/placement-sites";
    private static final String AARHUS_SITES = "/api/v1/municipalities/751/placement-sites";
    private static final String PASSWORD = "oplaering-2026";
    private static boolean usersMade;

    @Before
    public void platformUp() {
        awaitPlatform();
        await(User.NOBODY, "/soap/placements?wsdl", a -> a.status() == 200);
        await(User.FREDERIKSSUND, SITES, a -> a.status() == 200 && a.json().size() >= 7);
        if (!usersMade) {
            user("plc-team", "education-team", "250");
            user("plc-integrator", "integrator", "250");
            user("plc-vejleder", "supervisor", "250");
            usersMade = true;
        }
    }

    private void user(String name, String role, String code) {
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\""
                + role + "\"],\"municipality\":\"" + code + "\"}").expect(201);
    }

    private Answer as(String user, String method, String path, String json) {
        return send(user, PASSWORD, method, path, json == null ? null : "application/json", json);
    }

    private static String site(String name, String type, int capacity) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"capacity\":" + capacity + "}";
    }

    @Test
    public void frederikssundsDemoSitesAreSeeded() {
        JsonNode sites = get(User.FREDERIKSSUND, SITES).expect(200).json();
        List<String> types = new ArrayList<>();
        sites.forEach(s -> types.add(s.get("type").asText()));
        assertTrue(types.toString(), types.containsAll(List.of("CARE_HOME", "HOME_CARE", "REHABILITATION", "DAY_CENTRE",
                "PSYCHIATRY", "HOSPITAL")));
        JsonNode tolvkarlen = PlatformAdministrationIT.find(sites, "name", "Plejecentret Tolvkarlen");
        assertEquals(4, tolvkarlen.get("capacity").asInt());
        assertTrue(tolvkarlen.get("active").asBoolean());
        assertEquals(0, tolvkarlen.get("capacityChanges").get(0).get("capacity").asInt());
        assertTrue(tolvkarlen.get("capacityChanges").get(0).get("from").asText().endsWith("-07-06"));
        assertEquals(55.8396, tolvkarlen.get("location").get("lat").asDouble(), 1e-9);
        JsonNode supervisors = get(User.FREDERIKSSUND, SITES + "/" + tolvkarlen.get("id").asLong() + "/supervisors").expect(200).json();
        assertEquals(2, supervisors.size());
        JsonNode hanne = PlatformAdministrationIT.find(supervisors, "name", "Hanne Vejleder");
        assertEquals("[\"sprog\",\"demens\"]", hanne.get("competences").toString());
        assertEquals(2, hanne.get("capacity").asInt());
        assertTrue(hanne.get("username").isNull());
    }

    @Test
    public void sitesAreCreatedReadUpdatedAndDeleted() {
        Answer created = post(User.FREDERIKSSUND, SITES, "{\"name\":\"Plejecentret Æblehaven\",\"type\":\"CARE_HOME\",\"capacity\":3,"
                + "\"capacityChanges\":[{\"from\":\"2026-07-06\",\"to\":\"2026-07-26\",\"capacity\":0}],"
                + "\"location\":{\"lat\":55.83,\"lon\":12.06}}").expect(201);
        long id = created.json().get("id").asLong();
        assertTrue(created.json().get("active").asBoolean());
        assertEquals("Plejecentret Æblehaven", get(User.FREDERIKSSUND, SITES + "/" + id).expect(200).json().get("name").asText());
        JsonNode updated = put(User.FREDERIKSSUND, SITES + "/" + id, "{\"name\":\"Plejecentret Æblehaven\",\"type\":\"CARE_HOME\","
                + "\"capacity\":5,\"active\":false}").expect(200).json();
        assertEquals(5, updated.get("capacity").asInt());
        assertFalse(updated.get("active").asBoolean());
        assertEquals(0, updated.get("capacityChanges").size());
        assertTrue(updated.get("location").isNull());
        assertNotNull(PlatformAdministrationIT.find(get(User.FREDERIKSSUND, SITES).json(), "name", "Plejecentret Æblehaven"));
        send(User.FREDERIKSSUND, "DELETE", SITES + "/" + id, null, null).expect(204);
        get(User.FREDERIKSSUND, SITES + "/" + id).problem(404, "not-found");
        send(User.FREDERIKSSUND, "DELETE", SITES + "/" + id, null, null).problem(404, "not-found");
        put(User.FREDERIKSSUND, SITES + "/" + id, site("x", "CARE_HOME", 1)).problem(404, "not-found");
    }

    @Test
    public void badSitesAreRefusedNamingEveryFieldAndChangeNothing() {
        int before = get(User.FREDERIKSSUND, SITES).json().size();
        JsonNode problem = post(User.FREDERIKSSUND, SITES, "{\"name\":\"\",\"capacity\":-1,\"location\":{\"lat\":95,\"lon\":12},"
                + "\"capacityChanges\":[{\"from\":\"2026-08-01\",\"to\":\"2026-07-01\",\"capacity\":0},"
                + "{\"from\":\"2026-07-15\",\"to\":\"2026-08-15\",\"capacity\":-3}]}").problem(422, "validation").json();
        assertEquals(List.of("name", "type", "capacity", "location.lat", "capacityChanges[0].to", "capacityChanges[1].capacity"),
                fields(problem));
        JsonNode overlap = post(User.FREDERIKSSUND, SITES, "{\"name\":\"Overlap\",\"type\":\"HOME_CARE\",\"capacity\":2,"
                + "\"capacityChanges\":[{\"from\":\"2026-07-01\",\"to\":\"2026-07-31\",\"capacity\":0},"
                + "{\"from\":\"2026-07-31\",\"to\":\"2026-08-10\",\"capacity\":1}]}").problem(422, "validation").json();
        assertEquals(List.of("capacityChanges[1]"), fields(overlap));
        assertEquals(List.of("type"), fields(post(User.FREDERIKSSUND, SITES, site("Slottet", "CASTLE", 1)).problem(422, "validation").json()));
        assertEquals(List.of("colour"), fields(post(User.FREDERIKSSUND, SITES, "{\"name\":\"x\",\"type\":\"CARE_HOME\",\"capacity\":1,"
                + "\"colour\":\"blå\"}").problem(422, "validation").json()));
        assertEquals(List.of("capacity"), fields(post(User.FREDERIKSSUND, SITES, "{\"name\":\"x\",\"type\":\"CARE_HOME\",\"capacity\":\"mange\"}")
                .problem(422, "validation").json()));
        post(User.FREDERIKSSUND, SITES, "{\"name\":").problem(400, "malformed-json");
        assertEquals(before, get(User.FREDERIKSSUND, SITES).json().size());

        JsonNode dagcenter = PlatformAdministrationIT.find(get(User.FREDERIKSSUND, SITES).json(), "name", "Dagcentret Skovhuset");
        String path = SITES + "/" + dagcenter.get("id").asLong();
        put(User.FREDERIKSSUND, path, site("Dagcentret Skovhuset", "DAY_CENTRE", 1001)).problem(422, "validation");
        assertEquals(dagcenter, get(User.FREDERIKSSUND, path).expect(200).json());
        get(User.FREDERIKSSUND, SITES + "/987654321").problem(404, "not-found");
    }

    @Test
    public void supervisorsBelongToTheirSite() {
        long siteId = post(User.FREDERIKSSUND, SITES, site("Hjemmeplejen Nord", "HOME_CARE", 2)).expect(201).json().get("id").asLong();
        String supervisors = SITES + "/" + siteId + "/supervisors";
        Answer created = post(User.FREDERIKSSUND, supervisors, "{\"name\":\"Bodil Ærø\",\"capacity\":2,"
                + "\"competences\":[\"sprog\",\" psykiatri\",\"sprog\"],\"username\":\"plc-vejleder\"}").expect(201);
        JsonNode bodil = created.json();
        long id = bodil.get("id").asLong();
        assertEquals(siteId, bodil.get("siteId").asLong());
        assertEquals("[\"sprog\",\"psykiatri\"]", bodil.get("competences").toString());
        assertEquals("plc-vejleder", bodil.get("username").asText());
        assertTrue(created.text(), get(User.FREDERIKSSUND, M + "/supervisors/" + id).expect(200).json().get("name").asText().equals("Bodil Ærø"));
        assertEquals(1, get(User.FREDERIKSSUND, supervisors).expect(200).json().size());

        // invalid: nothing created, nothing changed
        JsonNode bad = post(User.FREDERIKSSUND, supervisors, "{\"name\":\" \",\"capacity\":0,\"competences\":[\"\"]}")
                .problem(422, "validation").json();
        assertEquals(List.of("name", "capacity", "competences[0]"), fields(bad));
        assertEquals(List.of("username"), fields(post(User.FREDERIKSSUND, supervisors, "{\"name\":\"Ole\",\"capacity\":1,"
                + "\"username\":\"plc-team\"}").problem(422, "validation").json()));
        assertEquals(List.of("username"), fields(post(User.FREDERIKSSUND, supervisors, "{\"name\":\"Ole\",\"capacity\":1,"
                + "\"username\":\"ingen-saadan\"}").problem(422, "validation").json()));
        put(User.FREDERIKSSUND, M + "/supervisors/" + id, "{\"name\":\"Bodil Ærø\",\"capacity\":11}").problem(422, "validation");
        post(User.FREDERIKSSUND, SITES + "/987654321/supervisors", "{\"name\":\"Ole\",\"capacity\":1}").problem(404, "not-found");
        assertEquals(1, get(User.FREDERIKSSUND, supervisors).json().size());
        assertEquals(2, get(User.FREDERIKSSUND, M + "/supervisors/" + id).json().get("capacity").asInt());

        JsonNode updated = put(User.FREDERIKSSUND, M + "/supervisors/" + id, "{\"name\":\"Bodil Ærø\",\"capacity\":1,"
                + "\"competences\":[\"demens\"],\"username\":null}").expect(200).json();
        assertEquals("[\"demens\"]", updated.get("competences").toString());
        assertTrue(updated.get("username").isNull());
        assertEquals(siteId, updated.get("siteId").asLong());

        // a site with supervisors is not deleted (409 naming them)
        JsonNode conflict = send(User.FREDERIKSSUND, "DELETE", SITES + "/" + siteId, null, null).problem(409, "conflict").json();
        assertEquals("[\"supervisor " + id + "\"]", conflict.get("conflicts").toString());
        get(User.FREDERIKSSUND, SITES + "/" + siteId).expect(200);
        send(User.FREDERIKSSUND, "DELETE", M + "/supervisors/" + id, null, null).expect(204);
        get(User.FREDERIKSSUND, M + "/supervisors/" + id).problem(404, "not-found");
        send(User.FREDERIKSSUND, "DELETE", SITES + "/" + siteId, null, null).expect(204);
    }

    @Test
    public void aStudentsPlacementProfile() {
        long student = get(User.FREDERIKSSUND, M + "/students").expect(200).json().get("items").get(0).get("id").asLong();
        String profile = M + "/students/" + student + "/placement-profile";
        long taster = post(User.FREDERIKSSUND, SITES, site("Plejecentret Solhjem", "CARE_HOME", 2)).expect(201).json().get("id").asLong();
        long preferred = post(User.FREDERIKSSUND, SITES, site("Genoptræning Jægerspris", "REHABILITATION", 1)).expect(201).json().get("id").asLong();
        long aarhusSite = post(User.AARHUS, AARHUS_SITES, site("Aarhus Plejecenter", "CARE_HOME", 3)).expect(201).json().get("id").asLong();

        JsonNode empty = get(User.FREDERIKSSUND, profile).expect(200).json();
        assertEquals(student, empty.get("studentId").asLong());
        assertTrue(empty.get("tasterSiteId").isNull());
        assertEquals(0, empty.get("preferredSiteIds").size());

        String body = "{\"tasterSiteId\":" + taster + ",\"preferredSiteIds\":[" + preferred + "," + taster + "],"
                + "\"location\":{\"lat\":55.9,\"lon\":12.0},\"maxTravelKm\":25,\"supportNeeds\":[\"sprog\"]}";
        JsonNode set = put(User.FREDERIKSSUND, profile, body).expect(200).json();
        assertEquals(taster, set.get("tasterSiteId").asLong());
        assertEquals("[" + preferred + "," + taster + "]", set.get("preferredSiteIds").toString());
        assertEquals(25, set.get("maxTravelKm").asInt());
        assertEquals(set, get(User.FREDERIKSSUND, profile).expect(200).json());

        // sites of another municipality or none, bad values: 422 naming each field, nothing changed
        JsonNode bad = put(User.FREDERIKSSUND, profile, "{\"tasterSiteId\":" + aarhusSite + ",\"preferredSiteIds\":[" + preferred
                + ",987654321," + preferred + "],\"location\":{\"lat\":55.9,\"lon\":200},\"maxTravelKm\":-1}").problem(422, "validation").json();
        assertEquals(List.of("location.lon", "maxTravelKm", "preferredSiteIds[2]", "tasterSiteId", "preferredSiteIds[1]"), fields(bad));
        assertEquals(set, get(User.FREDERIKSSUND, profile).expect(200).json());

        // the student must be the municipality's
        long aarhusStudent = get(User.AARHUS, "/api/v1/municipalities/751/students").expect(200).json().get("items").get(0).get("id").asLong();
        get(User.FREDERIKSSUND, M + "/students/" + aarhusStudent + "/placement-profile").problem(404, "not-found");
        put(User.FREDERIKSSUND, M + "/students/" + aarhusStudent + "/placement-profile", "{}").problem(404, "not-found");
        get(User.FREDERIKSSUND, M + "/students/987654321/placement-profile").problem(404, "not-found");

        // a site a profile names is not deleted
        JsonNode conflict = send(User.FREDERIKSSUND, "DELETE", SITES + "/" + preferred, null, null).problem(409, "conflict").json();
        assertEquals("[\"student " + student + "\"]", conflict.get("conflicts").toString());
        put(User.FREDERIKSSUND, profile, "{}").expect(200);
        send(User.FREDERIKSSUND, "DELETE", SITES + "/" + preferred, null, null).expect(204);
        send(User.FREDERIKSSUND, "DELETE", SITES + "/" + taster, null, null).expect(204);
        send(User.AARHUS, "DELETE", AARHUS_SITES + "/" + aarhusSite, null, null).expect(204);
    }

    @Test
    public void programmeRulesDefaultAndAreEditable() {
        String rules = "/api/v1/municipalities/751/placements/rules";
        JsonNode defaults = get(User.AARHUS, rules).expect(200).json();
        assertEquals(2, defaults.get("SSH").size());
        assertEquals("[\"CARE_HOME\",\"HOME_CARE\",\"REHABILITATION\",\"DAY_CENTRE\"]", defaults.get("SSH").get(0).get("siteTypes").toString());
        assertEquals("[1]", defaults.get("SSH").get(1).get("differentTypeFrom").toString());
        assertEquals(4, defaults.get("SSA").size());
        assertEquals("[\"PSYCHIATRY\"]", defaults.get("SSA").get(1).get("siteTypes").toString());
        assertEquals("[\"HOSPITAL\"]", defaults.get("SSA").get(2).get("siteTypes").toString());
        assertEquals(defaults, get(User.FREDERIKSSUND, M + "/placements/rules").expect(200).json());

        String ssh = "{\"SSH\":[{\"period\":1,\"siteTypes\":[\"HOME_CARE\"]},"
                + "{\"period\":2,\"siteTypes\":[\"CARE_HOME\",\"DAY_CENTRE\"],\"differentTypeFrom\":[1]}]}";
        JsonNode set = put(User.AARHUS, rules, ssh).expect(200).json();
        assertEquals("[\"HOME_CARE\"]", set.get("SSH").get(0).get("siteTypes").toString());
        assertEquals(defaults.get("SSA"), set.get("SSA"));
        assertEquals(set, get(User.AARHUS, rules).expect(200).json());
        assertEquals(defaults, get(User.FREDERIKSSUND, M + "/placements/rules").expect(200).json());

        assertEquals(List.of("SSH[0].siteTypes", "SSH[1].period", "SSH[1].differentTypeFrom"), fields(put(User.AARHUS, rules,
                "{\"SSH\":[{\"period\":1,\"siteTypes\":[]},{\"period\":3,\"siteTypes\":[\"CARE_HOME\"],\"differentTypeFrom\":[3]}]}")
                .problem(422, "validation").json()));
        assertEquals(List.of("SSA"), fields(put(User.AARHUS, rules, "{\"SSA\":[{\"period\":1,\"siteTypes\":[\"CARE_HOME\"]}]}")
                .problem(422, "validation").json()));
        put(User.AARHUS, rules, "{\"SSH\":[{\"period\":1,\"siteTypes\":[\"MOON_BASE\"]}]}").problem(422, "validation");
        Answer unknown = put(User.AARHUS, rules, "{\"SOSU\":[]}");
        assertTrue(unknown.text(), unknown.status() == 400 || unknown.status() == 422);
        put(User.AARHUS, rules, "{}").problem(422, "validation");
        assertEquals(set, get(User.AARHUS, rules).expect(200).json());
        put(User.FREDERIKSSUND, rules, ssh).problem(403, "forbidden");
    }

    @Test
    public void rolesDecideWhoReadsAndWrites() {
        JsonNode sites = as("plc-integrator", "GET", SITES, null).expect(200).json();
        long id = sites.get(0).get("id").asLong();
        as("plc-integrator", "GET", SITES + "/" + id + "/supervisors", null).expect(200);
        as("plc-integrator", "GET", M + "/placements/rules", null).expect(200);
        as("plc-integrator", "POST", SITES, site("x", "CARE_HOME", 1)).problem(403, "forbidden");
        as("plc-integrator", "PUT", M + "/placements/rules", "{}").problem(403, "forbidden");
        as("plc-vejleder", "GET", SITES, null).expect(200);
        as("plc-vejleder", "GET", SITES + "/" + id, null).expect(200);
        as("plc-vejleder", "GET", SITES + "/" + id + "/supervisors", null).problem(403, "forbidden");
        as("plc-vejleder", "POST", SITES, site("x", "CARE_HOME", 1)).problem(403, "forbidden");
        as("plc-vejleder", "GET", M + "/placements/rules", null).problem(403, "forbidden");
        long created = as("plc-team", "POST", SITES, site("Teamets sted", "DAY_CENTRE", 1)).expect(201).json().get("id").asLong();
        as("plc-team", "DELETE", SITES + "/" + created, null).expect(204);
        get(User.NOBODY, SITES).expect(401);
        assertEquals(sites.size(), get(User.FREDERIKSSUND, SITES).json().size());
    }

    @Test
    public void municipalitiesAreKeptApart() {
        get(User.AARHUS, SITES).problem(403, "forbidden");
        post(User.AARHUS, SITES, site("Indtrængeren", "CARE_HOME", 1)).problem(403, "forbidden");
        long ours = PlatformAdministrationIT.find(get(User.FREDERIKSSUND, SITES).json(), "name", "Plejecentret Tolvkarlen")
                .get("id").asLong();
        get(User.AARHUS, SITES + "/" + ours).problem(403, "forbidden");
        // another municipality's ids are not found, even for the platform administrator on the wrong municipality
        get(User.AARHUS, AARHUS_SITES + "/" + ours).problem(404, "not-found");
        get(User.ADMIN, AARHUS_SITES + "/" + ours).problem(404, "not-found");
        put(User.AARHUS, AARHUS_SITES + "/" + ours, site("Kapret", "CARE_HOME", 1)).problem(404, "not-found");
        send(User.AARHUS, "DELETE", AARHUS_SITES + "/" + ours, null, null).problem(404, "not-found");
        get(User.AARHUS, AARHUS_SITES + "/" + ours + "/supervisors").problem(404, "not-found");
        long oursSupervisor = get(User.FREDERIKSSUND, SITES + "/" + ours + "/supervisors").json().get(0).get("id").asLong();
        get(User.AARHUS, "/api/v1/municipalities/751/supervisors/" + oursSupervisor).problem(404, "not-found");
        send(User.AARHUS, "DELETE", "/api/v1/municipalities/751/supervisors/" + oursSupervisor, null, null).problem(404, "not-found");
        put(User.AARHUS, "/api/v1/municipalities/751/supervisors/" + oursSupervisor, "{\"name\":\"x\",\"capacity\":1}")
                .problem(404, "not-found");
        get(User.FREDERIKSSUND, M + "/supervisors/" + oursSupervisor).expect(200);
        get(User.FREDERIKSSUND, SITES + "/" + ours).expect(200);
        for (JsonNode s : get(User.AARHUS, AARHUS_SITES).expect(200).json()) {
            assertTrue(s.toString(), s.get("id").asLong() != ours);
        }
    }

    @Test
    public void sitesSupervisorsAndRulesOverSoap() {
        String wsdl = get(User.NOBODY, "/soap/placements?wsdl").expect(200).text();
        for (String op : new String[]{"listSites", "getSite", "createSite", "updateSite", "deleteSite", "listSupervisors",
                "createSupervisor", "deleteSupervisor", "getProfile", "getRules"}) {
            assertTrue(op + " in the WSDL", wsdl.contains("\"" + op + "\""));
        }
        assertTrue(get(User.NOBODY, "/soap/services").expect(200).text().contains("/soap/placements?wsdl"));
        String sites = call(User.FREDERIKSSUND, "listSites", "250", "").expect(200).text();
        assertTrue(sites, sites.contains("<name>Plejecentret Tolvkarlen</name>") && sites.contains("<type>CARE_HOME</type>")
                && sites.contains("<capacity>0</capacity>"));
        String created = call(User.FREDERIKSSUND, "createSite", "250", "<site><name>Hjemmeplejen Øst</name><type>HOME_CARE</type>"
                + "<capacity>2</capacity><capacityChange><from>2026-07-06</from><to>2026-07-19</to><capacity>0</capacity>"
                + "</capacityChange><location><lat>55.83</lat><lon>12.07</lon></location></site>").expect(200).text();
        assertTrue(created, created.contains("<name>Hjemmeplejen Øst</name>") && created.contains("<active>true</active>")
                && created.contains("<from>2026-07-06</from>"));
        String siteId = created.replaceAll("(?s).*<id>(\\d+)</id>.*", "$1");
        assertEquals(2, get(User.FREDERIKSSUND, SITES + "/" + siteId).expect(200).json().get("capacity").asInt());
        String supervisor = call(User.FREDERIKSSUND, "createSupervisor", "250", "<siteId>" + siteId + "</siteId><supervisor>"
                + "<name>Åse Vejleder</name><capacity>1</capacity><competence>sprog</competence><competence>psykiatri</competence>"
                + "</supervisor>").expect(200).text();
        assertTrue(supervisor, supervisor.contains("<name>Åse Vejleder</name>") && supervisor.contains("<competence>psykiatri</competence>"));
        String supervisorId = supervisor.replaceAll("(?s).*<id>(\\d+)</id>.*", "$1");
        String list = call(User.FREDERIKSSUND, "listSupervisors", "250", "<siteId>" + siteId + "</siteId>").expect(200).text();
        assertTrue(list, list.contains("<name>Åse Vejleder</name>"));
        String rules = call(User.FREDERIKSSUND, "getRules", "250", "").expect(200).text();
        assertTrue(rules, rules.contains("<programme>SSA</programme><period>2</period><siteType>PSYCHIATRY</siteType>"));

        Answer invalid = call(User.FREDERIKSSUND, "createSite", "250", "<site><name></name><capacity>-1</capacity></site>").expect(500);
        assertTrue(invalid.text(), invalid.text().contains("urn:sosuhub:problem:validation") && invalid.text().contains("<error field=\"type\">")
                && invalid.text().contains("<error field=\"capacity\">"));
        Answer conflict = call(User.FREDERIKSSUND, "deleteSite", "250", "<id>" + siteId + "</id>").expect(500);
        assertTrue(conflict.text(), conflict.text().contains("urn:sosuhub:problem:conflict"));
        Answer cross = call(User.AARHUS, "listSites", "250", "").expect(500);
        assertTrue(cross.text(), cross.text().contains("urn:sosuhub:problem:forbidden"));
        Answer notFound = call(User.AARHUS, "listSupervisors", "751", "<siteId>" + siteId + "</siteId>").expect(500);
        assertTrue(notFound.text(), notFound.text().contains("urn:sosuhub:problem:not-found"));
        assertFalse(call(User.NOBODY, "listSites", "250", "").status() == 200);

        call(User.FREDERIKSSUND, "deleteSupervisor", "250", "<id>" + supervisorId + "</id>").expect(200);
        call(User.FREDERIKSSUND, "deleteSite", "250", "<id>" + siteId + "</id>").expect(200);
        get(User.FREDERIKSSUND, SITES + "/" + siteId).problem(404, "not-found");
    }

    private Answer call(User user, String operation, String code, String params) {
        return soap(user, "placements", "<p:" + operation + " xmlns:p=\"urn:sosuhub:placements\"><municipality>" + code
                + "</municipality>" + params + "</p:" + operation + ">");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
