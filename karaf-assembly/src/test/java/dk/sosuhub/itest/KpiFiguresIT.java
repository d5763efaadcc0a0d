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
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Enters Frederikssund's 2022 SSH and 2020 SSA cohorts, its 2023 hires and 2023 dropouts through the REST API,
 * as published in the education strategy (seed 000), and gets exactly the published figures back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class KpiFiguresIT extends SosuHubTestSupport {

    private static final String M = "/api/v1/municipalities/250";
    private static boolean entered;

    @Before
    public void enterThePublishedRecords() {
        awaitPlatform();
        await(User.FREDERIKSSUND, M + "/kpis/recruitment?year=2023", a -> a.status() == 200);
        if (entered) {
            return;
        }
        // SSH hired 2022: 37 hired, 31 completed, 6 dropped out (in 2022), 19 hired: home care 7, care homes 7, as SSA students 5
        List<Long> ssh2022 = hire(37, "SSH", "2022-02-01", "EXTERNAL", "ORDINARY");
        complete(ssh2022.subList(0, 31), "2023-09-01");
        employ(ssh2022.subList(0, 7), "2023-10-01", "HOME_CARE");
        employ(ssh2022.subList(7, 14), "2023-10-01", "CARE_HOME");
        employ(ssh2022.subList(14, 19), "2023-10-01", "SSA_STUDENT");
        dropOut(ssh2022.subList(31, 37), "2022-05-02", "ACADEMIC_DEMANDS", "WRONG_CHOICE", "OTHER", "ACADEMIC_DEMANDS",
                "PRIVATE_LIFE", "ILLNESS");

        // SSA hired 2020: 45 hired, 27 completed, 18 dropped out (before 2023), 15 hired: home care 8, care homes 5, rehabilitation 2
        List<Long> ssa2020 = hire(45, "SSA", "2020-08-03", "EXTERNAL", "ORDINARY");
        complete(ssa2020.subList(0, 27), "2023-10-02");
        employ(ssa2020.subList(0, 8), "2023-11-01", "HOME_CARE");
        employ(ssa2020.subList(8, 13), "2023-11-01", "CARE_HOME");
        employ(ssa2020.subList(13, 15), "2023-11-01", "REHABILITATION");
        for (int i = 27; i < 45; i++) {
            dropOut(List.of(ssa2020.get(i)), LocalDate.of(2020, 9, 1).plusDays(20L * (i - 27)).toString(), "OTHER");
        }

        // Hired 2023: 60 SSA + 38 SSH = 98, of them 11 own unskilled staff (11.2 %) and 5 own SSH staff (5.1 %)
        List<Long> ssa2023 = new ArrayList<>(hire(5, "SSA", "2023-01-09", "OWN_SSH_STAFF", "SSH_TO_SSA"));
        ssa2023.addAll(hire(6, "SSA", "2023-01-09", "OWN_UNSKILLED_STAFF", "ORDINARY"));
        ssa2023.addAll(hire(49, "SSA", "2023-01-09", "EXTERNAL", "ORDINARY"));
        List<Long> ssh2023 = new ArrayList<>(hire(5, "SSH", "2023-01-09", "OWN_UNSKILLED_STAFF", "ORDINARY"));
        ssh2023.addAll(hire(33, "SSH", "2023-01-09", "EXTERNAL", "ORDINARY"));

        // Dropouts in 2023 (appendix 2): SSA 28, SSH 9
        List<String> ssaReasons = new ArrayList<>();
        add(ssaReasons, "PRIVATE_LIFE", 6);
        add(ssaReasons, "ACADEMIC_DEMANDS", 5);
        add(ssaReasons, "ABSENCE", 4);
        add(ssaReasons, "ILLNESS", 3);
        add(ssaReasons, "SWITCHED_PROGRAMME", 3);
        add(ssaReasons, "EMPLOYED_ELSEWHERE", 3);
        add(ssaReasons, "MOVED", 1);
        add(ssaReasons, "DEATH", 1);
        add(ssaReasons, "OTHER", 2);
        dropOut(ssa2023.subList(11, 39), "2023-03-01", ssaReasons.toArray(new String[0]));
        List<String> sshReasons = new ArrayList<>();
        add(sshReasons, "ACADEMIC_DEMANDS", 5);
        add(sshReasons, "WRONG_CHOICE", 2);
        add(sshReasons, "OTHER", 2);
        dropOut(ssh2023.subList(5, 14), "2023-06-01", sshReasons.toArray(new String[0]));
        entered = true;
    }

    @Test
    public void ssh2022CohortGivesThePublishedFigures() {
        JsonNode k = get(User.FREDERIKSSUND, M + "/kpis/cohort?programme=SSH&year=2022").expect(200).json();
        assertEquals(37, k.get("hired").asInt());
        assertEquals(31, k.get("completed").asInt());
        assertEquals("0.8378", k.get("completionRate").asText());   // 84 %
        assertEquals(6, k.get("droppedOut").asInt());
        assertEquals("0.1622", k.get("dropoutRate").asText());      // 16 %
        assertEquals(19, k.get("employed").asInt());
        assertEquals("0.6129", k.get("employmentRate").asText());   // 61 % of the completed
        assertEquals("0.5135", k.get("employedOfCohortRate").asText());
        assertEquals(Map.of("HOME_CARE", 7, "CARE_HOME", 7, "SSA_STUDENT", 5), counts(k.get("employedByUnitType")));
        assertEquals(6, counts(k.get("dropoutByPhase")).values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(k.get("dropoutByPhase").has("BASIC"));
    }

    @Test
    public void ssa2020CohortGivesThePublishedFigures() {
        JsonNode k = get(User.FREDERIKSSUND, M + "/kpis/cohort?programme=SSA&year=2020").expect(200).json();
        assertEquals(45, k.get("hired").asInt());
        assertEquals(27, k.get("completed").asInt());
        assertEquals("0.6000", k.get("completionRate").asText());
        assertEquals(18, k.get("droppedOut").asInt());
        assertEquals("0.4000", k.get("dropoutRate").asText());
        assertEquals(15, k.get("employed").asInt());
        assertEquals("0.5556", k.get("employmentRate").asText());
        assertEquals(Map.of("HOME_CARE", 8, "CARE_HOME", 5, "REHABILITATION", 2), counts(k.get("employedByUnitType")));
    }

    @Test
    public void theCombinedHiringRateIs41Point4Percent() {
        JsonNode chosen = get(User.FREDERIKSSUND, M + "/kpis/combined?cohorts=SSH:2022,SSA:2020").expect(200).json();
        assertEquals(82, chosen.get("hired").asInt());
        assertEquals(34, chosen.get("employed").asInt());
        assertEquals("0.4146", chosen.get("employedOfCohortRate").asText());
        // by default: the latest completed cohort of each programme, which are these two
        JsonNode latest = get(User.FREDERIKSSUND, M + "/kpis/combined").expect(200).json();
        assertEquals("0.4146", latest.get("employedOfCohortRate").asText());
        get(User.FREDERIKSSUND, M + "/kpis/combined?cohorts=SSH-2022").problem(422, "validation");
    }

    @Test
    public void dropoutsIn2023ByReasonAreAppendix2() {
        JsonNode d = get(User.FREDERIKSSUND, M + "/kpis/dropouts?year=2023").expect(200).json();
        assertEquals(28, d.get("total").get("SSA").asInt());
        assertEquals(9, d.get("total").get("SSH").asInt());
        assertEquals(Map.of("PRIVATE_LIFE", 6, "ACADEMIC_DEMANDS", 5, "ABSENCE", 4, "ILLNESS", 3, "SWITCHED_PROGRAMME", 3,
                "EMPLOYED_ELSEWHERE", 3, "MOVED", 1, "DEATH", 1, "OTHER", 2), counts(d.get("byReason").get("SSA")));
        assertEquals(Map.of("ACADEMIC_DEMANDS", 5, "WRONG_CHOICE", 2, "OTHER", 2), counts(d.get("byReason").get("SSH")));
    }

    @Test
    public void internalRecruitmentOf2023Is16Point3Percent() {
        JsonNode r = get(User.FREDERIKSSUND, M + "/kpis/recruitment?year=2023").expect(200).json();
        assertEquals(98, r.get("hired").asInt());
        assertEquals("0.1633", r.get("internalRate").asText());
        assertEquals("0.1122", r.get("ownUnskilledStaffRate").asText());
        assertEquals("0.0510", r.get("ownSshStaffRate").asText());
    }

    @Test
    public void theQuotaIsComparedWithTheYearsHires() {
        JsonNode q = get(User.FREDERIKSSUND, M + "/kpis/quota?year=2023").expect(200).json();
        for (JsonNode line : q.get("programmes")) {
            boolean ssa = line.get("programme").asText().equals("SSA");
            assertEquals(ssa ? 56 : 27, line.get("minimum").asInt());
            assertEquals(ssa ? 60 : 38, line.get("hired").asInt());
            assertTrue(line.get("met").asBoolean());
        }
        put(User.FREDERIKSSUND, M + "/kpis/quota", "{\"SSH\": -1}").problem(422, "validation");
        put(User.AARHUS, M + "/kpis/quota", "{\"SSH\": 1}").problem(403, "forbidden");
    }

    @Test
    public void anEmptyCohortGivesNullsAndBadParametersA422() {
        JsonNode k = get(User.FREDERIKSSUND, M + "/kpis/cohort?programme=SSH&year=1999").expect(200).json();
        assertEquals(0, k.get("hired").asInt());
        assertTrue(k.get("completionRate").isNull());
        assertTrue(k.get("employmentRate").isNull());
        get(User.FREDERIKSSUND, M + "/kpis/cohort?programme=SSX&year=2022").problem(422, "validation");
        get(User.FREDERIKSSUND, M + "/kpis/cohort?programme=SSH").problem(422, "validation");
    }

    @Test
    public void impossibleEventsAreRefusedAndChangeNothing() {
        long id = hire(1, "SSH", "2021-03-01", "EXTERNAL", "ORDINARY").get(0);
        String s = M + "/students/" + id;
        post(User.FREDERIKSSUND, s + "/employment", "{\"date\":\"2022-01-01\",\"unitType\":\"HOME_CARE\"}").problem(409, "conflict");
        post(User.FREDERIKSSUND, s + "/dropout", "{\"date\":\"2021-01-01\",\"reason\":\"OTHER\"}").problem(422, "validation");
        post(User.FREDERIKSSUND, s + "/dropout", "{\"date\":\"2021-06-01\",\"reason\":\"BORED\"}").problem(422, "validation");
        post(User.FREDERIKSSUND, s + "/dropout", "{\"date\":\"2021-06-01\",\"reason\":\"ABSENCE\"}").expect(200);
        post(User.FREDERIKSSUND, s + "/completion", "{\"date\":\"2022-09-01\"}").problem(409, "conflict");
        post(User.FREDERIKSSUND, s + "/employment", "{\"date\":\"2022-01-01\",\"unitType\":\"NOWHERE\"}").problem(422, "validation");
        JsonNode student = get(User.FREDERIKSSUND, s).expect(200).json();
        assertEquals("DROPPED_OUT", student.get("status").asText());
        assertEquals("ABSENCE", student.get("dropout").get("reason").asText());
        assertEquals("BASIC", student.get("dropout").get("phase").asText());
        assertTrue(student.get("completionDate").isNull());
    }

    @Test
    public void sickDaysGiveTheSickLeaveRate() {
        long id = hire(1, "SSA", "2019-01-07", "EXTERNAL", "ORDINARY").get(0);
        String s = M + "/students/" + id;
        post(User.FREDERIKSSUND, s + "/absences", "{\"date\":\"2019-09-02\",\"sickDays\":3}").expect(201);
        JsonNode a = post(User.FREDERIKSSUND, s + "/absences", "{\"date\":\"2019-11-04\",\"sickDays\":2.5}").expect(201).json();
        assertTrue(a.get("phase").asText().startsWith("PLACEMENT_") || a.get("phase").asText().startsWith("SCHOOL_"));
        post(User.FREDERIKSSUND, s + "/absences", "{\"date\":\"2019-11-04\",\"sickDays\":0}").problem(422, "validation");
        assertEquals(2, get(User.FREDERIKSSUND, s + "/absences").expect(200).json().size());
        JsonNode k = get(User.FREDERIKSSUND, M + "/kpis/sick-leave?year=2019").expect(200).json();
        assertEquals("5.5", k.get("sickDays").asText());
        // the only student enrolled in 2019 was planned to work every weekday from 7 January: 256 days
        assertEquals(257, k.get("plannedDays").asInt());
        assertEquals("0.0214", k.get("sickLeaveRate").asText());

        JsonNode split = get(User.FREDERIKSSUND, M + "/kpis/sick-leave/breakdown?year=2019").expect(200).json();
        JsonNode student = null;
        for (JsonNode row : split.get("byStudent")) {
            student = row.get("studentId").asLong() == id ? row : student;
        }
        assertTrue("the student has a row: " + split, student != null);
        assertEquals("5.5", student.get("sickDays").asText());
        assertEquals(257, student.get("plannedDays").asInt());
        assertEquals("0.0214", split.get("byCohort").get("SSA-2019").get("sickLeaveRate").asText());
        assertEquals("0.0214", split.get("byProgramme").get("SSA").get("sickLeaveRate").asText());
        get(User.AARHUS, M + "/kpis/sick-leave/breakdown?year=2019").problem(403, "forbidden");
        get(User.FREDERIKSSUND, M + "/kpis/sick-leave/breakdown?year=tjue").problem(422, "validation");
    }

    @Test
    public void talksAndThePlanAreKept() {
        long id = hire(1, "SSH", "2024-08-12", "EXTERNAL", "ORDINARY").get(0);
        String s = M + "/students/" + id;
        JsonNode plan = get(User.FREDERIKSSUND, s + "/plan").expect(200).json().get("periods");
        assertEquals(5, plan.size());   // GF, placement 1, school 1, placement 2, school 2
        assertEquals("BASIC", plan.get(0).get("kind").asText());
        assertEquals("PLACEMENT", plan.get(1).get("kind").asText());
        post(User.FREDERIKSSUND, s + "/talks", "{\"type\":\"EXPECTATIONS\",\"date\":\"2025-01-15\","
                + "\"participants\":[\"elev\",\"oplæringsvejleder\",\"personlig vejleder\"]}").expect(201);
        JsonNode talks = get(User.FREDERIKSSUND, s + "/talks").expect(200).json();
        assertEquals(3, talks.get(0).get("participants").size());
        put(User.FREDERIKSSUND, s + "/plan", "{\"periods\":[{\"kind\":\"BASIC\",\"startDate\":\"2024-08-12\",\"endDate\":\"2025-01-10\"},"
                + "{\"kind\":\"PLACEMENT\",\"startDate\":\"2025-01-11\",\"endDate\":\"2025-06-01\"}]}").problem(422, "validation");
    }

    @Test
    public void theKpiModuleNeedsTheStudentRegister() {
        Answer refused = put(User.FREDERIKSSUND, M + "/modules/students", "{\"enabled\":false}").problem(409, "conflict");
        assertEquals("kpi", refused.json().get("conflicts").get(0).asText());
        put(User.AARHUS, "/api/v1/municipalities/751/modules/kpi", "{\"enabled\":false}").expect(200);
        try {
            get(User.AARHUS, "/api/v1/municipalities/751/kpis/recruitment?year=2023").problem(403, "module-disabled");
            get(User.AARHUS, "/api/v1/municipalities/751/students").expect(200);
            get(User.FREDERIKSSUND, M + "/kpis/recruitment?year=2023").expect(200);
        } finally {
            put(User.AARHUS, "/api/v1/municipalities/751/modules/kpi", "{\"enabled\":true}").expect(200);
        }
    }

    private List<Long> hire(int count, String programme, String startDate, String origin, String track) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"programme\":\"" + programme + "\",\"startDate\":\"" + startDate + "\",\"birthDate\":\""
                    + LocalDate.parse(startDate).minusYears(22 + i % 20).toString() + "\",\"track\":\"" + track
                    + "\",\"origin\":\"" + origin + "\"}";
            ids.add(post(User.FREDERIKSSUND, M + "/students", body).expect(201).json().get("id").asLong());
        }
        return ids;
    }

    private void complete(List<Long> ids, String date) {
        ids.forEach(id -> post(User.FREDERIKSSUND, M + "/students/" + id + "/completion", "{\"date\":\"" + date + "\"}").expect(200));
    }

    private void employ(List<Long> ids, String date, String unit) {
        ids.forEach(id -> post(User.FREDERIKSSUND, M + "/students/" + id + "/employment",
                "{\"date\":\"" + date + "\",\"unitType\":\"" + unit + "\"}").expect(200));
    }

    /** Drops the students out on successive days from {@code date}, with the reasons in turn. */
    private void dropOut(List<Long> ids, String date, String... reasons) {
        for (int i = 0; i < ids.size(); i++) {
            post(User.FREDERIKSSUND, M + "/students/" + ids.get(i) + "/dropout", "{\"date\":\""
                    + LocalDate.parse(date).plusDays(i) + "\",\"reason\":\"" + reasons[i % reasons.length] + "\"}").expect(200);
        }
    }

    private static void add(List<String> list, String reason, int n) {
        for (int i = 0; i < n; i++) {
            list.add(reason);
        }
    }

    private static Map<String, Integer> counts(JsonNode object) {
        Map<String, Integer> map = new java.util.TreeMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return map;
    }
}
