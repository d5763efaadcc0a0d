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
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Module placements (Oplæring) over REST and SOAP: sites with capacity changes, supervisors, the students'
 * placement profiles and the programme rules; the planner's proposals with reasons and binding unplaced reasons,
 * accepting them into the students' plans, stale proposals refused, a coordinator's own placement refused naming
 * each hard rule it breaks; every kind of bad input is refused naming its fields and changes nothing; roles and
 * tenants are kept apart.
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
        // a student of its own (a cohort year no other test counts): the demo students have profiles
        long student = post(User.FREDERIKSSUND, M + "/students", "{\"name\":\"Profil Elev\",\"programme\":\"SSH\","
                + "\"startDate\":\"2003-02-03\",\"birthDate\":\"1980-01-01\"}").expect(201).json().get("id").asLong();
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

    // --- the planner (each test in a municipality of its own)

    private static final String START = "2026-01-05";
    private static final String ALL = "{\"from\":\"2026-01-01\",\"to\":\"2029-12-31\"}";

    private void awaitPlanner() {
        await(User.NOBODY, "/api/v1/openapi.json", a -> a.status() == 200 && a.text().contains("/placements/plan"));
    }

    private static String m(String code) {
        return "/api/v1/municipalities/" + code;
    }

    private void municipality(String code, String name) {
        Answer created = post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
    }

    /** A user of the municipality with the role, linked to the student (role student) when given. */
    private void user(String name, String role, String code, Long studentId) {
        Answer a = post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\""
                + role + "\"],\"municipality\":\"" + code + "\"" + (studentId == null ? "" : ",\"studentId\":" + studentId) + "}");
        assertTrue(a.text(), a.status() == 201 || a.status() == 409);
    }

    private long site(String code, String name, String type, int capacity, String extra) {
        return post(User.ADMIN, m(code) + "/placement-sites", "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"capacity\":"
                + capacity + (extra == null ? "" : "," + extra) + "}").expect(201).json().get("id").asLong();
    }

    private long supervisor(String code, long site, String name, int capacity, String competences, String username) {
        return post(User.ADMIN, m(code) + "/placement-sites/" + site + "/supervisors", "{\"name\":\"" + name + "\",\"capacity\":"
                + capacity + ",\"competences\":[" + competences + "]" + (username == null ? "" : ",\"username\":\"" + username + "\"")
                + "}").expect(201).json().get("id").asLong();
    }

    private long student(String code, String name) {
        return post(User.ADMIN, m(code) + "/students", "{\"name\":\"" + name + "\",\"programme\":\"SSH\",\"startDate\":\"" + START
                + "\",\"birthDate\":\"2000-05-05\"}").expect(201).json().get("id").asLong();
    }

    /** The student's placement period from core's plan. */
    private JsonNode placementPeriod(String code, long student, int number) {
        for (JsonNode p : get(User.ADMIN, m(code) + "/students/" + student + "/plan").expect(200).json().get("periods")) {
            if (p.get("kind").asText().equals("PLACEMENT") && p.get("number").asInt() == number) {
                return p;
            }
        }
        throw new AssertionError("no placement " + number);
    }

    private static JsonNode find(JsonNode list, long student, int period) {
        for (JsonNode n : list) {
            if (n.get("studentId").asLong() == student && n.get("period").asInt() == period) {
                return n;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode reasons) {
        List<String> codes = new ArrayList<>();
        reasons.forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    @Test
    public void aProposalIsMadeExplainedAcceptedIntoThePlansAndRefusedWhenStale() {
        awaitPlanner();
        String code = "260";
        municipality(code, "Halsnæs");
        user("halsnaes-team", "education-team", code, null);
        user("halsnaes-vejleder", "supervisor", code, null);
        long lunden = site(code, "Plejehjemmet Lunden", "CARE_HOME", 1, "\"location\":{\"lat\":55.96,\"lon\":11.93}");
        long vest = site(code, "Hjemmeplejen Vest", "HOME_CARE", 1, "\"location\":{\"lat\":55.97,\"lon\":11.95}");
        supervisor(code, lunden, "Lise Vejleder", 1, "\"sprog\"", "halsnaes-vejleder");
        supervisor(code, vest, "Ole Vejleder", 1, "", null);
        long s1 = student(code, "Anna Ærø");
        long s2 = student(code, "Bo Østergaard");
        long s3 = student(code, "Cecilie Ågård");
        // Anna prefers Vest: without it, the plan asserted below and the one with Cecilie in Vest in placement 1 and Bo
        // in Vest in placement 2 (Anna's placement 2 unplaced) score the same, and which one the search ends in is chance
        put(User.ADMIN, m(code) + "/students/" + s1 + "/placement-profile", "{\"tasterSiteId\":" + lunden
                + ",\"preferredSiteIds\":[" + vest + "],\"supportNeeds\":[\"sprog\"]}").expect(200);
        put(User.ADMIN, m(code) + "/students/" + s2 + "/placement-profile", "{\"preferredSiteIds\":[" + vest + "]}").expect(200);
        put(User.ADMIN, m(code) + "/students/" + s3 + "/placement-profile", "{\"preferredSiteIds\":[" + lunden + "]}").expect(200);

        // a proposal: three students in the same placements 1 and 2, two sites with one seat each
        JsonNode proposal = as("halsnaes-team", "POST", m(code) + "/placements/plan", ALL).expect(200).json();
        assertEquals(proposal.toString(), 4, proposal.get("assignments").size());
        assertEquals(2, proposal.get("unplaced").size());
        JsonNode first = find(proposal.get("assignments"), s1, 1);
        assertEquals(lunden, first.get("siteId").asLong());
        assertEquals("Samme sted som snusepraktikken", first.get("reasons").get(0).get("text").asText());
        assertTrue(codes(first.get("reasons")).toString(), codes(first.get("reasons")).containsAll(List.of("TASTER_SITE", "SUPPORT_MATCHED")));
        assertEquals(vest, find(proposal.get("assignments"), s2, 1).get("siteId").asLong());
        assertEquals("1. prioritet", find(proposal.get("assignments"), s2, 1).get("reasons").get(0).get("text").asText());
        assertEquals(lunden, find(proposal.get("assignments"), s3, 2).get("siteId").asLong());
        assertEquals(vest, find(proposal.get("assignments"), s1, 2).get("siteId").asLong());
        JsonNode unplaced = find(proposal.get("unplaced"), s3, 1);
        assertNotNull(find(proposal.get("unplaced"), s2, 2));
        assertEquals("NO_CAPACITY", unplaced.get("reason").get("code").asText());
        String text = unplaced.get("reason").get("text").asText();
        // Lunden is Cecilie's in placement 2, so the binding reason is the one other site, full
        assertTrue(text, text.startsWith("Ingen ledig plads på hjemmepleje i perioden")
                && text.contains("Hjemmeplejen Vest 1 af 1 pladser optaget"));
        assertEquals(4, proposal.get("changes").asInt());
        assertEquals(4, proposal.get("score").get("placed").asInt());
        assertEquals(0, proposal.get("score").get("hardViolations").asInt());
        JsonNode p1 = placementPeriod(code, s1, 1);
        assertEquals(p1.get("startDate").asText(), first.get("startDate").asText());
        assertTrue("nothing applied yet", get(User.ADMIN, m(code) + "/placements").expect(200).json().isEmpty());
        assertTrue(p1.get("site").isNull());

        // a change since the proposal makes it stale
        put(User.ADMIN, m(code) + "/students/" + s3 + "/placement-profile", "{\"preferredSiteIds\":[" + lunden + "],\"maxTravelKm\":40}").expect(200);
        as("halsnaes-team", "POST", m(code) + "/placements/plans/" + proposal.get("id").asLong() + "/accept", null)
                .problem(409, "conflict");
        assertTrue(get(User.ADMIN, m(code) + "/placements").expect(200).json().isEmpty());

        // a fresh one is accepted: the module's plan and the students' plans in core get the sites
        JsonNode fresh = as("halsnaes-team", "POST", m(code) + "/placements/plan", ALL).expect(200).json();
        JsonNode accepted = as("halsnaes-team", "POST", m(code) + "/placements/plans/" + fresh.get("id").asLong() + "/accept", null)
                .expect(200).json();
        assertTrue(accepted.get("accepted").asBoolean());
        JsonNode placements = get(User.ADMIN, m(code) + "/placements").expect(200).json();
        assertEquals(4, placements.size());
        assertEquals("Plejehjemmet Lunden", find(placements, s1, 1).get("siteName").asText());
        JsonNode planned = placementPeriod(code, s1, 1);
        assertEquals("Plejehjemmet Lunden", planned.get("site").asText());
        assertEquals("halsnaes-vejleder", planned.get("supervisor").asText());
        assertEquals("Hjemmeplejen Vest", placementPeriod(code, s1, 2).get("site").asText());
        as("halsnaes-team", "POST", m(code) + "/placements/plans/" + fresh.get("id").asLong() + "/accept", null).problem(409, "conflict");

        // re-planning keeps what is planned
        JsonNode again = as("halsnaes-team", "POST", m(code) + "/placements/plan", ALL).expect(200).json();
        assertEquals(0, again.get("changes").asInt());
        assertEquals("UNCHANGED", find(again.get("assignments"), s1, 1).get("change").asText());

        // capacity per site and week
        JsonNode capacity = get(User.ADMIN, m(code) + "/placements/capacity?from=" + p1.get("startDate").asText() + "&to="
                + p1.get("startDate").asText()).expect(200).json();
        for (JsonNode s : capacity) {
            JsonNode week = s.get("weeks").get(0);
            assertEquals(s.toString(), 1, week.get("capacity").asInt());
            assertEquals(s.toString(), 1, week.get("booked").asInt());
            assertTrue(week.get("week").asText().matches("\\d{4}-W\\d{2}"));
        }

        // the supervisor sees the students of their site; a student their own placements
        JsonNode seen = as("halsnaes-vejleder", "GET", m(code) + "/placements", null).expect(200).json();
        assertFalse(seen.isEmpty());
        seen.forEach(p -> assertEquals(lunden, p.get("siteId").asLong()));
        user("halsnaes-elev", "student", code, s2);
        JsonNode own = as("halsnaes-elev", "GET", m(code) + "/placements", null).expect(200).json();
        assertEquals(1, own.size());
        own.forEach(p -> assertEquals(s2, p.get("studentId").asLong()));
        as("halsnaes-elev", "POST", m(code) + "/placements/plan", ALL).problem(403, "forbidden");
        as("halsnaes-vejleder", "GET", m(code) + "/placements/capacity?from=2026-01-01&to=2026-02-01", null).problem(403, "forbidden");
    }

    @Test
    public void aCoordinatorsPlacementIsCheckedAgainstEveryHardRule() {
        awaitPlanner();
        String code = "270";
        municipality(code, "Gribskov");
        long closing = site(code, "Plejecentret Bakkely", "CARE_HOME", 1, "\"location\":{\"lat\":56.05,\"lon\":12.30}");
        long other = site(code, "Plejecentret Skovly", "CARE_HOME", 3, "\"location\":{\"lat\":56.05,\"lon\":12.31}");
        long far = site(code, "Hjemmeplejen Nordjylland", "HOME_CARE", 5, "\"location\":{\"lat\":57.05,\"lon\":9.92}");
        long psychiatry = site(code, "Psykiatrien Nord", "PSYCHIATRY", 5, null);
        long busy = supervisor(code, other, "Karen Vejleder", 1, "", null);
        long t1 = student(code, "Dorte Dam");
        long t2 = student(code, "Erik Eng");
        long t3 = student(code, "Frida Fjord");
        put(User.ADMIN, m(code) + "/students/" + t1 + "/placement-profile", "{\"location\":{\"lat\":56.05,\"lon\":12.30},"
                + "\"maxTravelKm\":30}").expect(200);
        JsonNode p1 = placementPeriod(code, t1, 1);
        String path1 = m(code) + "/students/" + t1 + "/placements/1";

        JsonNode pinned = put(User.ADMIN, path1, "{\"siteId\":" + closing + "}").expect(200).json();
        assertTrue(pinned.get("pinned").asBoolean());
        assertEquals("Plejecentret Bakkely", placementPeriod(code, t1, 1).get("site").asText());
        String before = get(User.ADMIN, m(code) + "/placements").expect(200).text();

        assertRule(put(User.ADMIN, m(code) + "/students/" + t2 + "/placements/1", "{\"siteId\":" + closing + "}"), "siteId", "SITE_CAPACITY");
        assertRule(put(User.ADMIN, m(code) + "/students/" + t1 + "/placements/2", "{\"siteId\":" + closing + "}"), "siteId", "SAME_SITE_TWICE");
        assertRule(put(User.ADMIN, m(code) + "/students/" + t1 + "/placements/2", "{\"siteId\":" + other + "}"), "siteId", "DIFFERENT_TYPE");
        assertRule(put(User.ADMIN, m(code) + "/students/" + t1 + "/placements/2", "{\"siteId\":" + psychiatry + "}"), "siteId", "SITE_TYPE");
        assertRule(put(User.ADMIN, m(code) + "/students/" + t1 + "/placements/2", "{\"siteId\":" + far + "}"), "siteId", "MAX_TRAVEL");
        put(User.ADMIN, m(code) + "/students/" + t2 + "/placements/1", "{\"siteId\":" + other + ",\"supervisorId\":" + busy + "}").expect(200);
        assertRule(put(User.ADMIN, m(code) + "/students/" + t3 + "/placements/1", "{\"siteId\":" + other + ",\"supervisorId\":" + busy + "}"),
                "supervisorId", "SUPERVISOR_CAPACITY");
        assertRule(put(User.ADMIN, m(code) + "/students/" + t3 + "/placements/1", "{\"siteId\":" + far + ",\"supervisorId\":" + busy + "}"),
                "supervisorId", "SUPERVISOR_OF_SITE");
        // a capacity change: the site closes on a day of the period
        put(User.ADMIN, m(code) + "/placement-sites/" + far, "{\"name\":\"Hjemmeplejen Nordjylland\",\"type\":\"HOME_CARE\",\"capacity\":5,"
                + "\"location\":{\"lat\":57.05,\"lon\":9.92},\"capacityChanges\":[{\"from\":\"" + p1.get("startDate").asText() + "\",\"to\":\""
                + p1.get("startDate").asText() + "\",\"capacity\":0}]}").expect(200);
        assertRule(put(User.ADMIN, m(code) + "/students/" + t3 + "/placements/1", "{\"siteId\":" + far + "}"), "siteId", "SITE_CAPACITY");
        String after = get(User.ADMIN, m(code) + "/placements").expect(200).text();
        assertEquals(2, get(User.ADMIN, m(code) + "/placements").json().size());
        assertTrue(after.contains("\"studentId\":" + t2));
        assertTrue(before.length() > 10);

        // bad input: 4xx problems, nothing changed
        String now = get(User.ADMIN, m(code) + "/placements").text();
        assertEquals(List.of("siteId"), fields(put(User.ADMIN, path1, "{\"siteId\":987654321}").problem(422, "validation").json()));
        assertEquals(List.of("siteId"), fields(put(User.ADMIN, path1, "{}").problem(422, "validation").json()));
        assertEquals(List.of("supervisorId"), fields(put(User.ADMIN, path1, "{\"siteId\":" + closing + ",\"supervisorId\":987654321}")
                .problem(422, "validation").json()));
        put(User.ADMIN, path1, "{\"siteId\":").problem(400, "malformed-json");
        put(User.ADMIN, m(code) + "/students/" + t1 + "/placements/9", "{\"siteId\":" + closing + "}").problem(404, "not-found");
        put(User.ADMIN, m(code) + "/students/987654321/placements/1", "{\"siteId\":" + closing + "}").problem(404, "not-found");
        assertEquals(List.of("from", "to"), fields(post(User.ADMIN, m(code) + "/placements/plan", "{}").problem(422, "validation").json()));
        assertEquals(List.of("to"), fields(post(User.ADMIN, m(code) + "/placements/plan", "{\"from\":\"2027-01-01\",\"to\":\"2026-01-01\"}")
                .problem(422, "validation").json()));
        post(User.ADMIN, m(code) + "/placements/plan", "{\"from\":\"i morgen\",\"to\":\"2026-01-01\"}").problem(422, "validation");
        assertEquals(List.of("from"), fields(get(User.ADMIN, m(code) + "/placements/capacity?from=snart&to=2026-01-01")
                .problem(422, "validation").json()));
        assertEquals(List.of("from"), fields(get(User.ADMIN, m(code) + "/placements?from=2026-13-01").problem(422, "validation").json()));
        post(User.ADMIN, m(code) + "/placements/plans/987654321/accept", null).problem(404, "not-found");
        assertEquals(now, get(User.ADMIN, m(code) + "/placements").text());

        // a proposal keeps pinned periods and says so
        JsonNode proposal = post(User.ADMIN, m(code) + "/placements/plan", ALL).expect(200).json();
        JsonNode kept = find(proposal.get("assignments"), t1, 1);
        assertEquals(closing, kept.get("siteId").asLong());
        assertTrue(kept.get("pinned").asBoolean());
        assertEquals("PINNED", kept.get("reasons").get(0).get("code").asText());
        assertEquals(0, proposal.get("score").get("hardViolations").asInt());

        // other municipalities see none of it
        get(User.AARHUS, m(code) + "/placements").problem(403, "forbidden");
        post(User.AARHUS, m(code) + "/placements/plan", ALL).problem(403, "forbidden");
        post(User.AARHUS, m("751") + "/placements/plans/" + proposal.get("id").asLong() + "/accept", null).problem(404, "not-found");
        put(User.AARHUS, m("751") + "/students/" + t1 + "/placements/1", "{\"siteId\":" + closing + "}").problem(404, "not-found");
        for (JsonNode p : get(User.AARHUS, m("751") + "/placements").expect(200).json()) {
            assertTrue(p.get("studentId").asLong() != t1);
        }

        // over SOAP
        String wsdl = get(User.NOBODY, "/soap/placements?wsdl").expect(200).text();
        for (String op : new String[]{"plan", "accept", "setPlacement", "listPlacements", "capacity"}) {
            assertTrue(op + " in the WSDL", wsdl.contains("\"" + op + "\""));
        }
        String listed = call(User.ADMIN, "listPlacements", code, "").expect(200).text();
        assertTrue(listed, listed.contains("<siteName>Plejecentret Bakkely</siteName>") && listed.contains("<pinned>true</pinned>"));
        Answer refused = call(User.ADMIN, "setPlacement", code, "<studentId>" + t3 + "</studentId><period>1</period><siteId>" + closing
                + "</siteId>").expect(500);
        assertTrue(refused.text(), refused.text().contains("urn:sosuhub:problem:validation") && refused.text().contains("SITE_CAPACITY"));
        String planned = call(User.ADMIN, "plan", code, "<from>2026-01-01</from><to>2029-12-31</to>").expect(200).text();
        assertTrue(planned, planned.contains("<code>PINNED</code>") && planned.contains("<name>placed</name>"));
        String proposalId = planned.replaceAll("(?s).*?<id>(\\d+)</id>.*", "$1");
        Answer cross = call(User.AARHUS, "accept", "751", "<id>" + proposalId + "</id>").expect(500);
        assertTrue(cross.text(), cross.text().contains("urn:sosuhub:problem:not-found"));
        String capacity = call(User.ADMIN, "capacity", code, "<from>" + p1.get("startDate").asText() + "</from><to>"
                + p1.get("startDate").asText() + "</to>").expect(200).text();
        assertTrue(capacity, capacity.contains("<siteName>Plejecentret Bakkely</siteName>") && capacity.contains("<booked>1</booked>"));
        String accepted = call(User.ADMIN, "accept", code, "<id>" + proposalId + "</id>").expect(200).text();
        assertTrue(accepted, accepted.contains("<accepted>true</accepted>"));
        // placement 1 of t3 has no site left (Bakkely full, Skovly's supervisor busy, the far site closed that day)
        assertNull(find(get(User.ADMIN, m(code) + "/placements").json(), t3, 1));
        assertNotNull(find(get(User.ADMIN, m(code) + "/placements").json(), t3, 2));
        assertNull(find(get(User.ADMIN, m(code) + "/placements?to=2020-01-01").json(), t3, 2));
    }

    private void assertRule(Answer answer, String field, String rule) {
        JsonNode problem = answer.problem(422, "validation").json();
        List<String> messages = new ArrayList<>();
        problem.get("errors").forEach(e -> {
            if (e.get("field").asText().equals(field)) {
                messages.add(e.get("message").asText());
            }
        });
        assertTrue(answer.text(), messages.stream().anyMatch(msg -> msg.startsWith(rule + ":")));
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
