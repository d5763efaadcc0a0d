package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Module mentoring end to end over REST and SOAP, in a municipality of its own (Odense, 461) so that its figures are
 * known exactly: Aarhus's published retention-mentor figures entered as records, capacity, every impossible
 * transition, new-graduate mentorships, check-ins and health, matching, automatic buddies, roles, tenants, bad input,
 * and the kpi module's early warnings with and without the module.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MentoringIT extends SosuHubTestSupport {

    private static final String CODE = "461";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String MENTORS = M + "/mentors";
    private static final String REL = M + "/mentoring/relationships";
    private static final String PASSWORD = "mentor-12345678";
    private static final LocalDate TODAY = LocalDate.now(DENMARK);
    private static boolean ready;
    private static long ownStudent;

    @Before
    public void platformUp() {
        awaitPlatform();
        await(User.NOBODY, "/soap/mentoring?wsdl", a -> a.status() == 200);
        // the demo data is entered while the platform boots; wait until it is all there
        await(User.AARHUS, "/api/v1/municipalities/751/mentoring/kpis?scheme=RETENTION_MENTOR", a -> a.status() == 200
                && a.json().get("referred").asInt() >= 128 && a.json().get("closed").asInt() >= 87);
        await(User.FREDERIKSSUND, "/api/v1/municipalities/250/mentoring/relationships", a -> a.status() == 200 && a.json().size() >= 2);
        if (ready) {
            return;
        }
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Odense\"}").expect(201);
        user("odn-team", "education-team", null);
        user("odn-integrator", "integrator", null);
        user("odn-vejleder", "supervisor", null);
        user("odn-mentor", "mentor", null);
        user("odn-mentor2", "mentor", null);
        ownStudent = student("Elev Med Login", "SSA", TODAY.minusMonths(8));
        user("odn-elev", "student", ownStudent);
        ready = true;
    }

    private void user(String name, String role, Long studentId) {
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\""
                + role + "\"],\"municipality\":\"" + CODE + "\"" + (studentId == null ? "" : ",\"studentId\":" + studentId)
                + "}").expect(201);
    }

    private Answer as(String user, String method, String path, String json) {
        return send(user, PASSWORD, method, path, json == null ? null : "application/json", json);
    }

    private long student(String name, String programme, LocalDate start) {
        return post(User.ADMIN, M + "/students", "{\"name\":\"" + name + "\",\"programme\":\"" + programme
                + "\",\"startDate\":\"" + start + "\",\"ageAtStart\":30}").expect(201).json().get("id").asLong();
    }

    private long mentor(String name, String schemes, int capacity, String site, String languages, String competences,
                        String username) {
        return post(User.ADMIN, MENTORS, "{\"name\":\"" + name + "\",\"schemes\":[" + schemes + "],\"capacity\":" + capacity
                + (site == null ? "" : ",\"site\":\"" + site + "\"") + ",\"languages\":[" + languages + "],\"competences\":["
                + competences + "]" + (username == null ? "" : ",\"username\":\"" + username + "\"") + "}")
                .expect(201).json().get("id").asLong();
    }

    private JsonNode refer(String scheme, long studentId, LocalDate on) {
        return post(User.ADMIN, REL, "{\"scheme\":\"" + scheme + "\",\"studentId\":" + studentId + ",\"referredOn\":\"" + on
                + "\"}").expect(201).json();
    }

    private JsonNode rel(long id) {
        return get(User.ADMIN, REL + "/" + id).expect(200).json();
    }

    private Answer start(long id, LocalDate date, Long mentorId) {
        return post(User.ADMIN, REL + "/" + id + "/start", "{\"date\":\"" + date + "\""
                + (mentorId == null ? "" : ",\"mentorId\":" + mentorId) + "}");
    }

    private Answer close(long id, LocalDate date, String outcome) {
        return post(User.ADMIN, REL + "/" + id + "/close", "{\"date\":\"" + date + "\",\"outcome\":\"" + outcome + "\"}");
    }

    private Answer withdraw(long id, LocalDate date) {
        return post(User.ADMIN, REL + "/" + id + "/withdraw", "{\"date\":\"" + date + "\"}");
    }

    @Test
    public void aarhussPublishedFiguresEnteredAsRecordsGive128_102_87And83Percent() {
        long psychologist = mentor("Fastholdelsesmentor", "\"RETENTION_MENTOR\"", 20, "SOSU Østjylland", "", "\"psykisk\"", null);
        LocalDate first = LocalDate.of(2021, 8, 2);
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            students.add(student("Fastholdelse " + i, i % 3 == 0 ? "SSH" : "SSA", LocalDate.of(2021, 2, 1).plusMonths(i % 6)));
        }
        for (int i = 0; i < 128; i++) {
            LocalDate referred = first.plusDays(6L * i);
            long id = refer("RETENTION_MENTOR", students.get(i), referred).get("id").asLong();
            if (i >= 102) {
                if (i < 122) {
                    withdraw(id, referred.plusWeeks(3)).expect(200);
                }
                continue;
            }
            LocalDate started = referred.plusWeeks(2);
            start(id, started, psychologist).expect(200);
            if (i >= 87) {
                continue;
            }
            LocalDate closed = started.plusWeeks(16);
            String outcome = i < 60 ? "FUNCTIONING_WELL" : i < 72 ? "GRADUATED" : i < 81 ? "DROPPED_OUT" : i < 84 ? "DECLINED" : "OTHER";
            assertEquals("CLOSED", close(id, closed, outcome).expect(200).json().get("status").asText());
            if (outcome.equals("DROPPED_OUT")) {
                post(User.ADMIN, M + "/students/" + students.get(i) + "/dropout", "{\"date\":\"" + closed
                        + "\",\"reason\":\"PRIVATE_LIFE\"}").expect(200);
            }
        }
        JsonNode k = get(User.ADMIN, M + "/mentoring/kpis?scheme=RETENTION_MENTOR&from=2021-08-01&to=2023-12-31").expect(200).json();
        assertEquals(128, k.get("referred").asInt());
        assertEquals(102, k.get("started").asInt());
        assertEquals(87, k.get("closed").asInt());
        assertEquals(72, k.get("successful").asInt());
        assertEquals("0.8276", k.get("successRate").decimalValue().toPlainString());
        assertEquals(15, k.get("activeNow").asInt());
        assertEquals("2.0", k.get("meanWeeksToStart").decimalValue().toPlainString());
        JsonNode r = k.get("retention");
        assertEquals(102, r.get("withMentor").asInt());
        assertEquals(9, r.get("withMentorDroppedOut").asInt());
        assertEquals("0.0882", r.get("dropoutRateWithMentor").decimalValue().toPlainString());
        // the 26 referred whose course never started are the rest of those cohorts (SSA/SSH 2021)
        assertEquals(26, r.get("withoutMentor").asInt());
        assertEquals("0.0000", r.get("dropoutRateWithoutMentor").decimalValue().toPlainString());
        assertEquals("[\"SSA 2021\",\"SSH 2021\"]", r.get("cohorts").toString());
        assertEquals(15, get(User.ADMIN, MENTORS + "/" + psychologist).expect(200).json().get("load").asInt());
        // the same over SOAP
        String soap = soap(User.ADMIN, "mentoring", "<m:getKpis xmlns:m=\"urn:sosuhub:mentoring\"><municipality>" + CODE
                + "</municipality><scheme>RETENTION_MENTOR</scheme><from>2021-08-01</from><to>2023-12-31</to></m:getKpis>")
                .expect(200).text();
        assertTrue(soap, soap.contains("<referred>128</referred>") && soap.contains("<started>102</started>")
                && soap.contains("<closed>87</closed>") && soap.contains("<successRate>0.8276</successRate>"));
        // another scheme has none of them
        assertEquals(0, get(User.ADMIN, M + "/mentoring/kpis?scheme=BUDDY&from=2021-08-01&to=2023-12-31").expect(200).json()
                .get("referred").asInt());
        get(User.ADMIN, M + "/mentoring/kpis?scheme=PSYCHOLOGIST").problem(422, "validation");
        get(User.ADMIN, M + "/mentoring/kpis?from=2023-01-01&to=2022-01-01").problem(422, "validation");
        get(User.ADMIN, M + "/mentoring/kpis?from=yesterday").problem(422, "validation");
    }

    @Test
    public void aMentorNeverGetsMoreActiveMenteesThanTheirCapacity() {
        long mentor = mentor("Kapacitet Et", "\"RETENTION_MENTOR\"", 1, null, "", "", null);
        long a = refer("RETENTION_MENTOR", student("Kap A", "SSA", TODAY.minusMonths(6)), TODAY.minusDays(10)).get("id").asLong();
        long b = refer("RETENTION_MENTOR", student("Kap B", "SSA", TODAY.minusMonths(6)), TODAY.minusDays(10)).get("id").asLong();
        start(a, TODAY.minusDays(5), mentor).expect(200);
        Answer full = start(b, TODAY.minusDays(4), mentor).problem(409, "conflict");
        assertTrue(full.text(), full.json().get("conflicts").toString().contains("relationship " + a));
        assertEquals("REFERRED", rel(b).get("status").asText());
        assertTrue(rel(b).get("startedOn").isNull());
        assertEquals(1, get(User.ADMIN, MENTORS + "/" + mentor).expect(200).json().get("load").asInt());
        // lowering the capacity below the load is refused too; a freed place can be taken
        put(User.ADMIN, MENTORS + "/" + mentor, "{\"name\":\"Kapacitet Et\",\"schemes\":[\"RETENTION_MENTOR\"],\"capacity\":0}")
                .problem(422, "validation");
        close(a, TODAY.minusDays(1), "FUNCTIONING_WELL").expect(200);
        start(b, TODAY, mentor).expect(200);
        // the page's list of mentors shows the load
        JsonNode listed = PlatformAdministrationIT.find(get(User.ADMIN, MENTORS).expect(200).json(), "name", "Kapacitet Et");
        assertEquals(1, listed.get("load").asInt());
        assertEquals(1, listed.get("capacity").asInt());
    }

    @Test
    public void everyImpossibleTransitionIsRefusedAndChangesNothing() {
        long mentor = mentor("Overgange", "\"RETENTION_MENTOR\"", 10, null, "", "", null);
        long buddyOnly = mentor("Kun buddy", "\"BUDDY\"", 10, "Et sted", "", "", null);
        long s = student("Overgang", "SSA", TODAY.minusMonths(9));
        LocalDate referredOn = TODAY.minusDays(20);
        long id = refer("RETENTION_MENTOR", s, referredOn).get("id").asLong();
        JsonNode referred = rel(id);
        // REFERRED: cannot be closed or given a check-in
        close(id, TODAY, "FUNCTIONING_WELL").problem(409, "conflict");
        post(User.ADMIN, REL + "/" + id + "/check-ins", "{\"date\":\"" + TODAY + "\"}").problem(409, "conflict");
        // a second open referral in the same scheme
        post(User.ADMIN, REL, "{\"scheme\":\"RETENTION_MENTOR\",\"studentId\":" + s + ",\"referredOn\":\"" + TODAY + "\"}")
                .problem(409, "conflict");
        // invalid starts: before the referral, without a mentor, a mentor not offering the scheme, in the future
        start(id, referredOn.minusDays(1), mentor).problem(422, "validation");
        Answer noMentor = start(id, TODAY, null).problem(422, "validation");
        assertTrue(noMentor.text(), noMentor.text().contains("mentorId"));
        start(id, TODAY, buddyOnly).problem(422, "validation");
        start(id, TODAY, 999999L).problem(422, "validation");
        start(id, TODAY.plusDays(3), mentor).problem(422, "validation");
        assertEquals(referred, rel(id));

        start(id, TODAY.minusDays(10), mentor).expect(200);
        JsonNode active = rel(id);
        assertEquals("ACTIVE", active.get("status").asText());
        // ACTIVE: cannot be started again or withdrawn; closing needs an outcome and a date from the start
        start(id, TODAY, mentor).problem(409, "conflict");
        withdraw(id, TODAY).problem(409, "conflict");
        post(User.ADMIN, REL + "/" + id + "/close", "{\"date\":\"" + TODAY + "\"}").problem(422, "validation");
        close(id, TODAY.minusDays(11), "OTHER").problem(422, "validation");
        post(User.ADMIN, REL + "/" + id + "/close", "{\"date\":\"" + TODAY + "\",\"outcome\":\"HAPPY\"}").expect(422);
        assertEquals(active, rel(id));

        close(id, TODAY, "DECLINED").expect(200);
        JsonNode closed = rel(id);
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals("DECLINED", closed.get("outcome").asText());
        assertTrue(closed.get("health").isNull());
        // CLOSED: final
        start(id, TODAY, mentor).problem(409, "conflict");
        close(id, TODAY, "FUNCTIONING_WELL").problem(409, "conflict");
        withdraw(id, TODAY).problem(409, "conflict");
        post(User.ADMIN, REL + "/" + id + "/check-ins", "{\"date\":\"" + TODAY + "\"}").problem(409, "conflict");
        assertEquals(closed, rel(id));

        // WITHDRAWN: final too
        long w = refer("RETENTION_MENTOR", s, TODAY.minusDays(2)).get("id").asLong();
        withdraw(w, TODAY.minusDays(3)).problem(422, "validation");
        assertEquals("WITHDRAWN", withdraw(w, TODAY).expect(200).json().get("status").asText());
        JsonNode withdrawn = rel(w);
        start(w, TODAY, mentor).problem(409, "conflict");
        close(w, TODAY, "OTHER").problem(409, "conflict");
        withdraw(w, TODAY).problem(409, "conflict");
        assertEquals(withdrawn, rel(w));
        get(User.ADMIN, REL + "/999999").problem(404, "not-found");
        start(999999, TODAY, mentor).problem(404, "not-found");
        // a mentor named by relationships is not deleted
        Answer named = send(User.ADMIN, "DELETE", MENTORS + "/" + mentor, null, null).problem(409, "conflict");
        assertTrue(named.text(), named.json().get("conflicts").toString().contains("relationship " + id));
        assertEquals(204, send(User.ADMIN, "DELETE", MENTORS + "/" + buddyOnly, null, null).status());
    }

    @Test
    public void aNewGraduateMentorshipIsForAHiredGraduateAndRunsThreeMonths() {
        long mentor = mentor("Nyuddannet mentor", "\"NEW_GRADUATE_MENTOR\"", 5, "Hjemmeplejen", "", "", null);
        long active = student("Stadig elev", "SSH", TODAY.minusMonths(10));
        post(User.ADMIN, REL, "{\"scheme\":\"NEW_GRADUATE_MENTOR\",\"studentId\":" + active + ",\"referredOn\":\"" + TODAY + "\"}")
                .problem(409, "conflict");
        long completed = student("Færdig ikke ansat", "SSH", TODAY.minusYears(2));
        post(User.ADMIN, M + "/students/" + completed + "/completion", "{\"date\":\"" + TODAY.minusMonths(5) + "\"}").expect(200);
        post(User.ADMIN, REL, "{\"scheme\":\"NEW_GRADUATE_MENTOR\",\"studentId\":" + completed + ",\"referredOn\":\"" + TODAY + "\"}")
                .problem(409, "conflict");
        // hired five months ago, mentored from then: the three months are over, it closed as functioning well
        post(User.ADMIN, M + "/students/" + completed + "/employment", "{\"date\":\"" + TODAY.minusMonths(5)
                + "\",\"unitType\":\"HOME_CARE\"}").expect(200);
        long old = refer("NEW_GRADUATE_MENTOR", completed, TODAY.minusMonths(5)).get("id").asLong();
        start(old, TODAY.minusMonths(5).minusDays(1), mentor).problem(422, "validation");
        start(old, TODAY.minusMonths(5), mentor).expect(200);
        JsonNode done = rel(old);
        assertEquals("CLOSED", done.get("status").asText());
        assertEquals("FUNCTIONING_WELL", done.get("outcome").asText());
        assertEquals(TODAY.minusMonths(5).plusMonths(3).toString(), done.get("endDate").asText());
        assertEquals(done.get("endDate"), done.get("closedOn"));
        close(old, TODAY, "OTHER").problem(409, "conflict");

        // hired a month ago: running, with its end date; it can be closed early
        long recent = student("Nyansat", "SSA", TODAY.minusYears(4));
        post(User.ADMIN, M + "/students/" + recent + "/completion", "{\"date\":\"" + TODAY.minusMonths(2) + "\"}").expect(200);
        post(User.ADMIN, M + "/students/" + recent + "/employment", "{\"date\":\"" + TODAY.minusMonths(1)
                + "\",\"unitType\":\"CARE_HOME\"}").expect(200);
        long running = refer("NEW_GRADUATE_MENTOR", recent, TODAY.minusMonths(1)).get("id").asLong();
        JsonNode started = start(running, TODAY.minusMonths(1), mentor).expect(200).json();
        assertEquals("ACTIVE", started.get("status").asText());
        assertEquals(TODAY.minusMonths(1).plusMonths(3).toString(), started.get("endDate").asText());
        JsonNode early = close(running, TODAY, "OTHER").expect(200).json();
        assertEquals("OTHER", early.get("outcome").asText());
        assertEquals(TODAY.toString(), early.get("closedOn").asText());
        // a retention mentor is for active students only
        post(User.ADMIN, REL, "{\"scheme\":\"RETENTION_MENTOR\",\"studentId\":" + recent + ",\"referredOn\":\"" + TODAY + "\"}")
                .problem(409, "conflict");
    }

    @Test
    public void checkInsGiveTheHealth() {
        long mentor = mentor("Opfølger", "\"RETENTION_MENTOR\",\"EVERYDAY_GUIDE\"", 10, "Plejecentret Opfølgning", "", "", null);
        long s1 = student("Sund A", "SSA", TODAY.minusMonths(9));
        long s2 = student("Sund B", "SSA", TODAY.minusMonths(9));
        long late = refer("RETENTION_MENTOR", s1, TODAY.minusWeeks(6)).get("id").asLong();
        start(late, TODAY.minusWeeks(5), mentor).expect(200);
        assertEquals("NEEDS_CHECK_IN", rel(late).get("health").asText());
        JsonNode c = post(User.ADMIN, REL + "/" + late + "/check-ins", "{\"date\":\"" + TODAY.minusWeeks(1)
                + "\",\"minutes\":45,\"note\":\"Samtale om vagtplanen\"}").expect(201).json();
        assertEquals(45, c.get("minutes").asInt());
        JsonNode after = rel(late);
        assertEquals("ON_TRACK", after.get("health").asText());
        assertEquals(TODAY.minusWeeks(1).toString(), after.get("lastCheckIn").asText());
        long fresh = refer("RETENTION_MENTOR", s2, TODAY.minusDays(3)).get("id").asLong();
        start(fresh, TODAY.minusDays(2), mentor).expect(200);
        assertEquals("TOO_EARLY", rel(fresh).get("health").asText());
        // invalid check-ins change nothing
        post(User.ADMIN, REL + "/" + late + "/check-ins", "{\"date\":\"" + TODAY.plusDays(1) + "\"}").problem(422, "validation");
        post(User.ADMIN, REL + "/" + late + "/check-ins", "{\"date\":\"" + TODAY.minusWeeks(6) + "\"}").problem(422, "validation");
        post(User.ADMIN, REL + "/" + late + "/check-ins", "{\"minutes\":0}").problem(422, "validation");
        JsonNode list = get(User.ADMIN, REL + "/" + late + "/check-ins").expect(200).json();
        assertEquals(1, list.size());
        assertEquals("Samtale om vagtplanen", list.get(0).get("note").asText());
        // the filters
        JsonNode needing = get(User.ADMIN, REL + "?status=ACTIVE&mentorId=" + mentor).expect(200).json();
        assertEquals(2, needing.size());
        assertEquals(1, get(User.ADMIN, REL + "?studentId=" + s2 + "&scheme=RETENTION_MENTOR").expect(200).json().size());
        get(User.ADMIN, REL + "?status=SLEEPING").problem(422, "validation");
        get(User.ADMIN, REL + "?studentId=abc").problem(422, "validation");
    }

    /** Sets the site and supervisor of every placement period of the student's plan; returns the plan. */
    private JsonNode placeAt(long studentId, String site, String supervisor) {
        JsonNode periods = get(User.ADMIN, M + "/students/" + studentId + "/plan").expect(200).json().get("periods");
        String body = periods.toString().replaceAll("(\"kind\":\"PLACEMENT\"[^}]*?)\"site\":null,\"supervisor\":null",
                "$1\"site\":\"" + site + "\",\"supervisor\":" + (supervisor == null ? "null" : "\"" + supervisor + "\""));
        return put(User.ADMIN, M + "/students/" + studentId + "/plan", "{\"periods\":" + body + "}").expect(200).json()
                .get("periods");
    }

    @Test
    public void suggestionsComeFromTheSiteWithScoreAndDanishReasons() {
        String site = "Plejecentret Forslaget";
        long student = student("Forslag Elev", "SSH", TODAY.minusMonths(4));
        placeAt(student, site, "odn-vejleder");
        long best = mentor("Amira Buddy", "\"BUDDY\"", 2, site, "\"arabisk\"", "\"sprog\"", null);
        long plain = mentor("Bo Buddy", "\"BUDDY\"", 2, site, "", "", null);
        long supervisor = mentor("Vejlederen selv", "\"BUDDY\"", 2, site, "\"arabisk\"", "\"sprog\"", "odn-vejleder");
        long elsewhere = mentor("Andet Sted", "\"BUDDY\"", 2, "Hjemmeplejen Nord", "\"arabisk\"", "\"sprog\"", null);
        long full = mentor("Fuld Buddy", "\"BUDDY\"", 1, site, "\"arabisk\"", "\"sprog\"", null);
        long other = student("Optager plads", "SSH", TODAY.minusMonths(4));
        long taken = post(User.ADMIN, REL, "{\"scheme\":\"BUDDY\",\"studentId\":" + other + ",\"referredOn\":\"" + TODAY
                + "\",\"mentorId\":" + full + "}").expect(201).json().get("id").asLong();
        start(taken, TODAY, null).expect(200);

        JsonNode ranked = get(User.ADMIN, M + "/mentoring/suggestions?studentId=" + student + "&scheme=BUDDY&needs=sprog,arabisk")
                .expect(200).json();
        List<Long> ids = new ArrayList<>();
        ranked.forEach(r -> ids.add(r.get("mentorId").asLong()));
        assertEquals(List.of(best, plain), ids);
        assertFalse(ids.contains(supervisor) || ids.contains(elsewhere) || ids.contains(full));
        JsonNode top = ranked.get(0);
        assertEquals(10 + 40 + 20 + 15 + 4, top.get("score").asInt());
        String reasons = top.get("reasons").toString();
        assertTrue(reasons, reasons.contains("Arbejder på elevens oplæringssted: " + site) && reasons.contains("Taler arabisk")
                && reasons.contains("Har kompetence i sprog, som eleven har brug for støtte til"));
        // the needs default to those of the student's latest referral
        long referral = post(User.ADMIN, REL, "{\"scheme\":\"EVERYDAY_GUIDE\",\"studentId\":" + student + ",\"referredOn\":\""
                + TODAY + "\",\"supportNeeds\":[\"Arabisk\"]}").expect(201).json().get("id").asLong();
        assertEquals("[\"arabisk\"]", rel(referral).get("supportNeeds").toString());
        JsonNode byReferral = get(User.ADMIN, M + "/mentoring/suggestions?studentId=" + student + "&scheme=BUDDY").expect(200).json();
        assertEquals(10 + 40 + 15 + 4, byReferral.get(0).get("score").asInt());
        get(User.ADMIN, M + "/mentoring/suggestions?studentId=" + student).problem(422, "validation");
        get(User.ADMIN, M + "/mentoring/suggestions?scheme=BUDDY").problem(422, "validation");
        get(User.ADMIN, M + "/mentoring/suggestions?studentId=999999&scheme=BUDDY").problem(404, "not-found");
    }

    @Test
    public void buddiesForAPlacementsFirstDayAreProposedThenAccepted() {
        String site = "Plejecentret Første Dag";
        long student = student("Første Dag", "SSA", TODAY.minusDays(400));
        JsonNode plan = placeAt(student, site, null);
        String firstDay = PlatformAdministrationIT.find(plan, "kind", "PLACEMENT").get("startDate").asText();
        long buddy = mentor("Dorthe Buddy", "\"BUDDY\"", 3, site, "", "", null);
        String auto = M + "/mentoring/buddies/auto";

        JsonNode proposal = post(User.ADMIN, auto, "{\"date\":\"" + firstDay + "\"}").expect(200).json();
        assertFalse(proposal.get("accepted").asBoolean());
        JsonNode mine = PlatformAdministrationIT.find(proposal.get("proposals"), "studentId", String.valueOf(student));
        assertEquals(buddy, mine.get("mentorId").asLong());
        assertTrue(mine.get("relationshipId").isNull());
        assertEquals(0, get(User.ADMIN, REL + "?scheme=BUDDY&studentId=" + student).expect(200).json().size());

        JsonNode accepted = post(User.ADMIN, auto + "?accept=true", "{\"date\":\"" + firstDay + "\"}").expect(200).json();
        assertTrue(accepted.get("accepted").asBoolean());
        long id = PlatformAdministrationIT.find(accepted.get("proposals"), "studentId", String.valueOf(student))
                .get("relationshipId").asLong();
        JsonNode made = rel(id);
        assertEquals("ACTIVE", made.get("status").asText());
        assertEquals(firstDay, made.get("startedOn").asText());
        assertEquals(buddy, made.get("mentorId").asLong());
        // with a buddy now, the student is not proposed again
        JsonNode again = post(User.ADMIN, auto, "{\"date\":\"" + firstDay + "\"}").expect(200).json();
        for (JsonNode p : again.get("proposals")) {
            assertTrue(p.get("studentId").asLong() != student);
        }
        post(User.ADMIN, auto, "{}").problem(422, "validation");
        post(User.ADMIN, auto + "?accept=maybe", "{\"date\":\"" + firstDay + "\"}").problem(422, "validation");
        post(User.ADMIN, auto + "?accept=true", "{\"date\":\"" + TODAY.plusDays(7) + "\"}").problem(422, "validation");
    }

    @Test
    public void rolesMentorsSeeTheirMenteesAndStudentsTheirOwn() {
        long mine = mentor("Min Mentor", "\"RETENTION_MENTOR\"", 5, null, "", "", "odn-mentor");
        long theirs = mentor("Anden Mentor", "\"RETENTION_MENTOR\"", 5, null, "", "", "odn-mentor2");
        long a = refer("RETENTION_MENTOR", ownStudent, TODAY.minusDays(5)).get("id").asLong();
        start(a, TODAY.minusDays(4), mine).expect(200);
        long b = refer("RETENTION_MENTOR", student("Andens Elev", "SSA", TODAY.minusMonths(7)), TODAY.minusDays(5)).get("id").asLong();
        start(b, TODAY.minusDays(4), theirs).expect(200);

        JsonNode seen = as("odn-mentor", "GET", REL, null).expect(200).json();
        assertEquals(1, seen.size());
        assertEquals(a, seen.get(0).get("id").asLong());
        as("odn-mentor", "GET", REL + "/" + b, null).problem(404, "not-found");
        as("odn-mentor", "POST", REL + "/" + a + "/check-ins", "{\"date\":\"" + TODAY + "\",\"minutes\":20}").expect(201);
        as("odn-mentor", "POST", REL + "/" + b + "/check-ins", "{\"date\":\"" + TODAY + "\"}").problem(404, "not-found");
        as("odn-mentor", "POST", REL + "/" + a + "/close", "{\"date\":\"" + TODAY + "\",\"outcome\":\"OTHER\"}").problem(403, "forbidden");
        as("odn-mentor", "GET", MENTORS, null).problem(403, "forbidden");

        JsonNode own = as("odn-elev", "GET", REL, null).expect(200).json();
        assertEquals(1, own.size());
        assertEquals(ownStudent, own.get(0).get("studentId").asLong());
        as("odn-elev", "GET", REL + "/" + b, null).problem(404, "not-found");
        assertEquals(1, as("odn-elev", "GET", REL + "/" + a + "/check-ins", null).expect(200).json().size());
        as("odn-elev", "POST", REL + "/" + a + "/check-ins", "{\"date\":\"" + TODAY + "\"}").problem(403, "forbidden");
        as("odn-elev", "POST", REL, "{}").problem(403, "forbidden");

        as("odn-team", "POST", REL + "/" + b + "/close", "{\"date\":\"" + TODAY + "\",\"outcome\":\"FUNCTIONING_WELL\"}").expect(200);
        as("odn-team", "POST", MENTORS, "{\"name\":\"Teamets mentor\",\"schemes\":[\"BUDDY\"],\"capacity\":1}").expect(201);
        assertTrue(as("odn-integrator", "GET", REL, null).expect(200).json().size() >= 2);
        as("odn-integrator", "GET", M + "/mentoring/kpis", null).expect(200);
        as("odn-integrator", "POST", MENTORS, "{\"name\":\"x\",\"schemes\":[\"BUDDY\"],\"capacity\":1}").problem(403, "forbidden");
        as("odn-integrator", "GET", M + "/mentoring/suggestions?studentId=" + ownStudent + "&scheme=BUDDY", null).problem(403, "forbidden");
        as("odn-vejleder", "GET", REL, null).problem(403, "forbidden");
        get(User.NOBODY, REL).problem(401, "unauthorized");
    }

    @Test
    public void anotherMunicipalitySeesNothing() {
        long mentor = mentor("Kun Odense", "\"BUDDY\"", 1, null, "", "", null);
        get(User.AARHUS, MENTORS).problem(403, "forbidden");
        get(User.AARHUS, REL).problem(403, "forbidden");
        post(User.AARHUS, REL, "{\"scheme\":\"BUDDY\",\"studentId\":" + ownStudent + ",\"referredOn\":\"" + TODAY + "\"}")
                .problem(403, "forbidden");
        get(User.AARHUS, "/api/v1/municipalities/751/mentors/" + mentor).problem(404, "not-found");
        // Odense's student through Aarhus's door is unknown there
        Answer foreign = post(User.AARHUS, "/api/v1/municipalities/751/mentoring/relationships", "{\"scheme\":\"BUDDY\","
                + "\"studentId\":" + ownStudent + ",\"referredOn\":\"" + TODAY + "\"}").problem(422, "validation");
        assertTrue(foreign.text().contains("studentId"));
        Answer fault = soap(User.AARHUS, "mentoring", "<m:listMentors xmlns:m=\"urn:sosuhub:mentoring\"><municipality>" + CODE
                + "</municipality></m:listMentors>");
        assertEquals(500, fault.status());
        assertTrue(fault.text(), fault.text().contains("forbidden"));
    }

    @Test
    public void badInputIsAProblemAndChangesNothing() {
        int mentors = get(User.ADMIN, MENTORS).expect(200).json().size();
        int relationships = get(User.ADMIN, REL).expect(200).json().size();
        Answer missing = post(User.ADMIN, MENTORS, "{\"schemes\":[],\"capacity\":0,\"languages\":[\"\"]}").problem(422, "validation");
        String fields = missing.json().get("errors").toString();
        assertTrue(fields, fields.contains("name") && fields.contains("schemes") && fields.contains("capacity")
                && fields.contains("languages[0]"));
        assertTrue(post(User.ADMIN, MENTORS, "{\"name\":\"x\",\"schemes\":[\"GURU\"],\"capacity\":1}").status() / 100 == 4);
        assertTrue(post(User.ADMIN, MENTORS, "{\"name\":").status() / 100 == 4);
        Answer noReferral = post(User.ADMIN, REL, "{}").problem(422, "validation");
        assertTrue(noReferral.text(), noReferral.text().contains("scheme") && noReferral.text().contains("studentId")
                && noReferral.text().contains("referredOn"));
        post(User.ADMIN, REL, "{\"scheme\":\"BUDDY\",\"studentId\":" + ownStudent + ",\"referredOn\":\"" + TODAY.plusDays(1) + "\"}")
                .problem(422, "validation");
        post(User.ADMIN, REL, "{\"scheme\":\"BUDDY\",\"studentId\":999999,\"referredOn\":\"" + TODAY + "\"}").problem(422, "validation");
        assertTrue(post(User.ADMIN, REL, "{\"scheme\":\"BUDDY\",\"studentId\":" + ownStudent + ",\"referredOn\":\"i går\"}")
                .status() / 100 == 4);
        assertEquals(mentors, get(User.ADMIN, MENTORS).expect(200).json().size());
        assertEquals(relationships, get(User.ADMIN, REL).expect(200).json().size());
        get(User.ADMIN, MENTORS + "/999999").problem(404, "not-found");
        Answer soapMissing = soap(User.ADMIN, "mentoring", "<m:refer xmlns:m=\"urn:sosuhub:mentoring\"><municipality>" + CODE
                + "</municipality><scheme>BUDDY</scheme></m:refer>");
        assertTrue(soapMissing.text(), soapMissing.status() == 500 && soapMissing.text().contains("validation"));
        assertEquals(relationships, get(User.ADMIN, REL).expect(200).json().size());
    }

    @Test
    public void soapManagesMentorsAndRelationships() {
        String created = soap(User.ADMIN, "mentoring", "<m:createMentor xmlns:m=\"urn:sosuhub:mentoring\"><municipality>" + CODE
                + "</municipality><mentor><name>SOAP Mentor</name><scheme>RETENTION_MENTOR</scheme><scheme>BUDDY</scheme>"
                + "<capacity>2</capacity><language>tyrkisk</language></mentor></m:createMentor>").expect(200).text();
        assertTrue(created, created.contains("<name>SOAP Mentor</name>") && created.contains("<scheme>BUDDY</scheme>")
                && created.contains("<load>0</load>"));
        long mentorId = Long.parseLong(created.replaceAll("(?s).*<mentor><id>(\\d+)</id>.*", "$1"));
        long s = student("SOAP Elev", "SSA", TODAY.minusMonths(7));
        String referred = soap(User.ADMIN, "mentoring", "<m:refer xmlns:m=\"urn:sosuhub:mentoring\"><municipality>" + CODE
                + "</municipality><scheme>RETENTION_MENTOR</scheme><studentId>" + s + "</studentId><referredOn>" + TODAY
                + "</referredOn><supportNeed>sprog</supportNeed></m:refer>").expect(200).text();
        assertTrue(referred, referred.contains("<status>REFERRED</status>") && referred.contains("<supportNeed>sprog</supportNeed>"));
        long id = Long.parseLong(referred.replaceAll("(?s).*<relationship><id>(\\d+)</id>.*", "$1"));
        String started = soap(User.ADMIN, "mentoring", "<m:startRelationship xmlns:m=\"urn:sosuhub:mentoring\"><municipality>"
                + CODE + "</municipality><id>" + id + "</id><date>" + TODAY + "</date><mentorId>" + mentorId
                + "</mentorId></m:startRelationship>").expect(200).text();
        assertTrue(started, started.contains("<status>ACTIVE</status>") && started.contains("<health>TOO_EARLY</health>"));
        Answer again = soap(User.ADMIN, "mentoring", "<m:startRelationship xmlns:m=\"urn:sosuhub:mentoring\"><municipality>"
                + CODE + "</municipality><id>" + id + "</id><date>" + TODAY + "</date></m:startRelationship>");
        assertTrue(again.text(), again.status() == 500 && again.text().contains("conflict"));
        String closed = soap(User.ADMIN, "mentoring", "<m:closeRelationship xmlns:m=\"urn:sosuhub:mentoring\"><municipality>"
                + CODE + "</municipality><id>" + id + "</id><date>" + TODAY + "</date><outcome>GRADUATED</outcome>"
                + "</m:closeRelationship>").expect(200).text();
        assertTrue(closed, closed.contains("<outcome>GRADUATED</outcome>"));
        String listed = soap(User.ADMIN, "mentoring", "<m:listRelationships xmlns:m=\"urn:sosuhub:mentoring\"><municipality>"
                + CODE + "</municipality><studentId>" + s + "</studentId></m:listRelationships>").expect(200).text();
        assertTrue(listed, listed.contains("<studentName>SOAP Elev</studentName>"));
        assertEquals("CLOSED", rel(id).get("status").asText());
        assertTrue(get(User.NOBODY, "/soap/services").expect(200).text().contains("/soap/mentoring?wsdl"));
    }

    @Test
    public void earlyWarningsShowTheRetentionMentorWhileMentoringIsOn() {
        // started 16 months ago with no talks: flagged for missed talks in the latest placement
        long s = student("Advaret Elev", "SSA", TODAY.minusMonths(16));
        String warnings = M + "/kpis/early-warnings";
        JsonNode w = PlatformAdministrationIT.find(get(User.ADMIN, warnings).expect(200).json().get("warnings"),
                "studentId", String.valueOf(s));
        assertFalse(w.get("activeRetentionMentor").asBoolean());
        assertFalse(w.get("retentionMentorReferred").asBoolean());
        long mentor = mentor("Advarselsmentor", "\"RETENTION_MENTOR\"", 3, null, "", "", null);
        long id = refer("RETENTION_MENTOR", s, TODAY).get("id").asLong();
        w = PlatformAdministrationIT.find(get(User.ADMIN, warnings).expect(200).json().get("warnings"), "studentId", String.valueOf(s));
        assertFalse(w.get("activeRetentionMentor").asBoolean());
        assertTrue(w.get("retentionMentorReferred").asBoolean());
        start(id, TODAY, mentor).expect(200);
        w = PlatformAdministrationIT.find(get(User.ADMIN, warnings).expect(200).json().get("warnings"), "studentId", String.valueOf(s));
        assertTrue(w.get("activeRetentionMentor").asBoolean());
        assertFalse(w.get("retentionMentorReferred").asBoolean());
        // on an earlier day the course had not started
        JsonNode before = PlatformAdministrationIT.find(get(User.ADMIN, warnings + "?date=" + TODAY.minusDays(1)).expect(200)
                .json().get("warnings"), "studentId", String.valueOf(s));
        assertFalse(before.get("activeRetentionMentor").asBoolean());

        put(User.ADMIN, M + "/modules/mentoring", "{\"enabled\":false}").expect(200);
        try {
            w = PlatformAdministrationIT.find(get(User.ADMIN, warnings).expect(200).json().get("warnings"), "studentId", String.valueOf(s));
            assertTrue(w.toString(), w.get("activeRetentionMentor").isNull() && w.get("retentionMentorReferred").isNull());
            get(User.ADMIN, REL).problem(403, "module-disabled");
        } finally {
            put(User.ADMIN, M + "/modules/mentoring", "{\"enabled\":true}").expect(200);
        }
        assertTrue(PlatformAdministrationIT.find(get(User.ADMIN, warnings).expect(200).json().get("warnings"), "studentId",
                String.valueOf(s)).get("activeRetentionMentor").asBoolean());
    }
}
