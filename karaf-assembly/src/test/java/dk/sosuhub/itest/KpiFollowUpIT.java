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
import static org.junit.Assert.assertTrue;

/**
 * Success criteria, the early-warning list and the key figures over SOAP, with records entered through the REST
 * API in a municipality of their own (Frederiksberg, 147); Frederikssund's seeded criteria are only read.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class KpiFollowUpIT extends SosuHubTestSupport {

    private static final String CODE = "147";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String AS_OF = "2026-06-01";
    private static boolean entered;
    private static List<Long> cohort;
    private static long flagged;
    private static long quiet;
    private static long left;

    @Before
    public void enterRecords() {
        awaitPlatform();
        await(User.NOBODY, "/soap/kpi?wsdl", a -> a.status() == 200);
        if (entered) {
            return;
        }
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Frederiksberg\"}").expect(201);
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"151\",\"name\":\"Ballerup\"}").expect(201);
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"fbg-team\",\"password\":\"uddannelse-2026\","
                + "\"roles\":[\"education-team\"],\"municipality\":\"" + CODE + "\"}").expect(201);
        // SSH hired 2024: 4 students, 3 completed, 2 of them hired by the municipality, 1 dropped out
        cohort = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cohort.add(hire("SSH", "2024-02-01", "EXTERNAL"));
        }
        for (int i = 0; i < 3; i++) {
            post(User.ADMIN, student(cohort.get(i)) + "/completion", "{\"date\":\"2025-09-01\"}").expect(200);
        }
        for (int i = 0; i < 2; i++) {
            post(User.ADMIN, student(cohort.get(i)) + "/employment", "{\"date\":\"2025-10-01\",\"unitType\":\"HOME_CARE\"}").expect(200);
        }
        post(User.ADMIN, student(cohort.get(3)) + "/dropout", "{\"date\":\"2024-03-01\",\"reason\":\"WRONG_CHOICE\"}").expect(200);
        // hired 2025: two of the municipality's own unskilled staff (SSA) and three SSH students followed closely
        hire("SSA", "2025-08-11", "OWN_UNSKILLED_STAFF");
        hire("SSA", "2025-08-11", "OWN_UNSKILLED_STAFF");

        // SSH from 6 January 2025: placement 1 runs from 6 June to 21 September 2025
        flagged = hire("SSH", "2025-01-06", "EXTERNAL");
        post(User.ADMIN, student(flagged) + "/absences", "{\"date\":\"2025-06-16\",\"sickDays\":6}").expect(201);
        quiet = hire("SSH", "2025-01-06", "EXTERNAL");
        post(User.ADMIN, student(quiet) + "/absences", "{\"date\":\"2025-02-03\",\"sickDays\":1}").expect(201);
        post(User.ADMIN, student(quiet) + "/talks", "{\"type\":\"EXPECTATIONS\",\"date\":\"2025-06-06\","
                + "\"participants\":[\"elev\",\"oplæringsvejleder\",\"personlig vejleder\"]}").expect(201);
        left = hire("SSH", "2025-01-06", "EXTERNAL");
        post(User.ADMIN, student(left) + "/absences", "{\"date\":\"2025-06-16\",\"sickDays\":8}").expect(201);
        post(User.ADMIN, student(left) + "/dropout", "{\"date\":\"2025-07-01\",\"reason\":\"ABSENCE\"}").expect(200);
        entered = true;
    }

    private long hire(String programme, String startDate, String origin) {
        return post(User.ADMIN, M + "/students", "{\"name\":\"Elev " + startDate + "\",\"programme\":\"" + programme
                + "\",\"startDate\":\"" + startDate + "\",\"birthDate\":\"1990-04-04\",\"origin\":\"" + origin + "\"}")
                .expect(201).json().get("id").asLong();
    }

    private static String student(long id) {
        return M + "/students/" + id;
    }

    @Test
    public void frederikssundsCriteriaAreSeededAndItsOwn() {
        JsonNode criteria = get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/success-criteria").expect(200).json();
        assertEquals(7, criteria.size());
        JsonNode hiring = PlatformAdministrationIT.find(criteria, "kpi", "EMPLOYMENT_RATE");
        assertEquals("Flere nyuddannede ansat i kommunen", hiring.get("name").asText());
        assertEquals("0.4146", hiring.get("baseline").asText());
        assertEquals("0.4446", hiring.get("target").asText());
        assertEquals("2027-12-31", hiring.get("deadline").asText());
        assertEquals("Ansat efter uddannelse", hiring.get("label").asText());
        assertEquals("0.0764", PlatformAdministrationIT.find(criteria, "kpi", "SICK_LEAVE_RATE").get("target").asText());
        get(User.AARHUS, "/api/v1/municipalities/250/kpis/success-criteria").problem(403, "forbidden");
        assertEquals(0, get(User.AARHUS, "/api/v1/municipalities/751/kpis/success-criteria").expect(200).json().size());
        long id = hiring.get("id").asLong();
        get(User.AARHUS, "/api/v1/municipalities/751/kpis/success-criteria/" + id).problem(404, "not-found");
        put(User.AARHUS, "/api/v1/municipalities/250/kpis/success-criteria/" + id, "{}").problem(403, "forbidden");
    }

    @Test
    public void criteriaShowTheirProgress() {
        JsonNode hiring = post(User.ADMIN, M + "/kpis/success-criteria", "{\"name\":\"Flere SSH'ere ansat\","
                + "\"kpi\":\"EMPLOYMENT_RATE\",\"programme\":\"SSH\",\"baseline\":0.25,\"target\":0.75,\"deadline\":\"2027-12-31\"}")
                .expect(201).json();
        long id = hiring.get("id").asLong();
        JsonNode dropout = post(User.ADMIN, M + "/kpis/success-criteria", "{\"name\":\"Mindre frafald\","
                + "\"kpi\":\"DROPOUT_RATE\",\"baseline\":0.5,\"target\":0.2,\"deadline\":\"2026-12-31\"}").expect(201).json();
        post(User.ADMIN, M + "/kpis/success-criteria", "{\"name\":\"Egne ufaglærte\",\"kpi\":\"OWN_UNSKILLED_STAFF_HIRED\","
                + "\"baseline\":1,\"target\":2,\"deadline\":\"2026-12-31\"}").expect(201);
        post(User.ADMIN, M + "/kpis/success-criteria", "{\"name\":\"Dimensionering\",\"kpi\":\"QUOTA_FULFILMENT\","
                + "\"baseline\":0.9,\"target\":1,\"deadline\":\"2026-12-31\"}").expect(201);

        JsonNode list = get(User.ADMIN, M + "/kpis/success-criteria?date=" + AS_OF).expect(200).json();
        JsonNode h = PlatformAdministrationIT.find(list, "name", "Flere SSH'ere ansat");
        assertEquals("0.5000", h.get("current").asText());   // 2 of the 4 hired in 2024
        assertEquals("SSH 2024", h.get("basis").asText());
        assertEquals("0.5000", h.get("progress").asText());
        assertEquals("ON_TRACK", h.get("status").asText());
        JsonNode d = PlatformAdministrationIT.find(list, "name", "Mindre frafald");
        assertEquals("0.2500", d.get("current").asText());
        assertEquals("0.8333", d.get("progress").asText());
        JsonNode own = PlatformAdministrationIT.find(list, "name", "Egne ufaglærte");
        assertEquals("2", own.get("current").asText().replaceAll("\\.0+$", ""));
        assertEquals("2025", own.get("basis").asText());
        assertEquals("MET", own.get("status").asText());
        JsonNode quota = PlatformAdministrationIT.find(list, "name", "Dimensionering");
        assertEquals("NO_DATA", quota.get("status").asText());
        assertTrue(quota.get("progress").isNull());
        assertEquals("MISSED", get(User.ADMIN, M + "/kpis/success-criteria/" + dropout.get("id").asLong() + "?date=2027-02-01")
                .expect(200).json().get("status").asText());

        // only administrators edit; refused and invalid requests change nothing
        send("fbg-team", "uddannelse-2026", "POST", M + "/kpis/success-criteria", "application/json",
                "{\"name\":\"x\",\"kpi\":\"DROPOUT_RATE\",\"baseline\":0.5,\"target\":0.2,\"deadline\":\"2026-12-31\"}").problem(403, "forbidden");
        assertEquals(4, send("fbg-team", "uddannelse-2026", "GET", M + "/kpis/success-criteria", null, null).expect(200).json().size());
        Answer invalid = post(User.ADMIN, M + "/kpis/success-criteria", "{\"name\":\"\",\"kpi\":\"SICK_LEAVE_RATE\",\"programme\":\"SSA\","
                + "\"baseline\":8.64,\"target\":0.07}").problem(422, "validation");
        assertEquals(4, invalid.json().get("errors").size());   // name, deadline, programme, baseline
        post(User.ADMIN, M + "/kpis/success-criteria", "{\"name\":\"x\",\"kpi\":\"HAPPINESS\",\"baseline\":0,\"target\":1,"
                + "\"deadline\":\"2026-12-31\"}").problem(422, "validation");
        put(User.ADMIN, M + "/kpis/success-criteria/" + id, "{\"name\":\"Flere SSH'ere ansat\",\"kpi\":\"EMPLOYMENT_RATE\","
                + "\"programme\":\"SSH\",\"baseline\":0.25,\"target\":1.5,\"deadline\":\"2027-12-31\"}").problem(422, "validation");
        get(User.ADMIN, M + "/kpis/success-criteria?date=2026-13-01").problem(422, "validation");
        assertEquals(4, get(User.ADMIN, M + "/kpis/success-criteria").expect(200).json().size());
        assertEquals("0.7500", get(User.ADMIN, M + "/kpis/success-criteria/" + id).json().get("target").asText());

        JsonNode updated = put(User.ADMIN, M + "/kpis/success-criteria/" + id, "{\"name\":\"Flere SSH'ere ansat\","
                + "\"kpi\":\"EMPLOYMENT_RATE\",\"programme\":\"SSH\",\"baseline\":0.25,\"target\":0.5,\"deadline\":\"2027-12-31\"}")
                .expect(200).json();
        assertEquals("MET", updated.get("status").asText());
        send(User.ADMIN, "DELETE", M + "/kpis/success-criteria/" + id, null, null).expect(204);
        get(User.ADMIN, M + "/kpis/success-criteria/" + id).problem(404, "not-found");
        assertEquals(3, get(User.ADMIN, M + "/kpis/success-criteria").expect(200).json().size());
    }

    @Test
    public void studentsAtRiskAreFlaggedWithTheirReasons() {
        JsonNode report = get(User.ADMIN, M + "/kpis/early-warnings?date=2025-07-20").expect(200).json();
        assertEquals("2025-07-20", report.get("date").asText());
        JsonNode warnings = report.get("warnings");
        JsonNode w = PlatformAdministrationIT.find(warnings, "studentId", Long.toString(flagged));
        List<String> codes = new ArrayList<>();
        w.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        assertTrue(codes.toString(), codes.containsAll(List.of("RISING_SICK_LEAVE", "ABSENCE_IN_FIRST_PLACEMENT", "MISSED_TALK")));
        assertEquals("PLACEMENT_1", w.get("phase").asText());
        JsonNode talk = PlatformAdministrationIT.find(w.get("reasons"), "code", "MISSED_TALK");
        assertEquals("Manglende samtale", talk.get("label").asText());
        assertTrue(talk.get("detail").asText(), talk.get("detail").asText().startsWith("Forventningssamtale i 1. oplæringsperiode"));
        assertTrue(PlatformAdministrationIT.find(w.get("reasons"), "code", "ABSENCE_IN_FIRST_PLACEMENT").get("detail").asText()
                .startsWith("6 sygedage i 1. oplæringsperiode"));
        for (JsonNode other : warnings) {
            long id = other.get("studentId").asLong();
            assertTrue("not flagged: " + other, id != quiet && id != left);
        }
        // before placement 1 nobody misses a talk and nobody has been sick there
        JsonNode earlier = get(User.ADMIN, M + "/kpis/early-warnings?date=2025-06-05").expect(200).json().get("warnings");
        for (JsonNode other : earlier) {
            assertTrue(other.toString(), other.get("studentId").asLong() != flagged);
        }
        get(User.ADMIN, M + "/kpis/early-warnings?date=someday").problem(422, "validation");
        get(User.AARHUS, M + "/kpis/early-warnings").problem(403, "forbidden");
        for (JsonNode other : get(User.AARHUS, "/api/v1/municipalities/751/kpis/early-warnings?date=2025-07-20").expect(200).json().get("warnings")) {
            assertTrue(other.get("studentId").asLong() != flagged);
        }
        String doc = get(User.NOBODY, "/api/v1/openapi.json").expect(200).text();
        assertTrue(doc.contains("firstPlacement.maxSickDays") && doc.contains("/municipalities/{code}/kpis/early-warnings")
                && doc.contains("/municipalities/{code}/kpis/success-criteria/{id}"));
    }

    @Test
    public void theKeyFiguresOverSoap() {
        String wsdl = get(User.NOBODY, "/soap/kpi?wsdl").expect(200).text();
        for (String op : new String[]{"getCohort", "getDropouts", "getCombined", "getQuota", "getRecruitment",
                "getSickLeave", "getSickLeaveBreakdown", "getSuccessCriteria", "getEarlyWarnings"}) {
            assertTrue(op + " in the WSDL", wsdl.contains("\"" + op + "\""));
        }
        assertTrue(get(User.NOBODY, "/soap/services").expect(200).text().contains("/soap/kpi?wsdl"));
        String cohortXml = kpi(User.ADMIN, "getCohort", CODE, "<programme>SSH</programme><year>2024</year>").expect(200).text();
        assertTrue(cohortXml, cohortXml.contains("<hired>4</hired>") && cohortXml.contains("<completed>3</completed>")
                && cohortXml.contains("<completionRate>0.7500</completionRate>")
                && cohortXml.contains("<key>HOME_CARE</key><count>2</count>"));
        String combined = kpi(User.ADMIN, "getCombined", CODE, "<sshYear>2024</sshYear>").expect(200).text();
        assertTrue(combined, combined.contains("<employedOfCohortRate>0.5000</employedOfCohortRate>"));
        String dropouts = kpi(User.ADMIN, "getDropouts", CODE, "<year>2025</year>").expect(200).text();
        assertTrue(dropouts, dropouts.contains("<key>ABSENCE</key><count>1</count>"));
        String recruitment = kpi(User.ADMIN, "getRecruitment", CODE, "<year>2025</year>").expect(200).text();
        assertTrue(recruitment, recruitment.contains("<ownUnskilledStaff>2</ownUnskilledStaff>"));
        assertTrue(kpi(User.ADMIN, "getQuota", CODE, "<year>2025</year>").expect(200).text().contains("<programme>SSA</programme>"));
        assertTrue(kpi(User.ADMIN, "getSickLeave", CODE, "<year>2025</year>").expect(200).text().contains("<sickDays>15"));
        String split = kpi(User.ADMIN, "getSickLeaveBreakdown", CODE, "<year>2025</year>").expect(200).text();
        assertTrue(split, split.contains("<kind>PROGRAMME</kind>") && split.contains("<kind>COHORT</kind>")
                && split.contains("<studentId>"));
        String criteria = kpi(User.FREDERIKSSUND, "getSuccessCriteria", "250", "").expect(200).text();
        assertTrue(criteria, criteria.contains("<name>Flere nyuddannede ansat i kommunen</name>") && criteria.contains("<kpi>EMPLOYMENT_RATE</kpi>"));
        String warnings = kpi(User.ADMIN, "getEarlyWarnings", CODE, "<date>2025-07-20</date>").expect(200).text();
        assertTrue(warnings, warnings.contains("<studentId>" + flagged + "</studentId>") && warnings.contains("<code>MISSED_TALK</code>"));

        Answer cross = kpi(User.AARHUS, "getSuccessCriteria", "250", "").expect(500);
        assertTrue(cross.text(), cross.text().contains("urn:sosuhub:problem:forbidden"));
        Answer badYear = kpi(User.ADMIN, "getCohort", CODE, "<programme>SSH</programme><year>1800</year>").expect(500);
        assertTrue(badYear.text(), badYear.text().contains("<error field=\"year\">"));
        Answer badDate = kpi(User.ADMIN, "getEarlyWarnings", CODE, "<date>i går</date>").expect(500);
        assertTrue(badDate.text(), badDate.text().contains("urn:sosuhub:problem:validation"));
        assertFalse(kpi(User.NOBODY, "getQuota", CODE, "<year>2025</year>").status() == 200);
    }

    @Test
    public void administratorsUpdateQuotaAndCriteriaOverSoap() {
        String quota = kpi(User.ADMIN, "setQuota", "151", "<year>2025</year><ssh>3</ssh><ssa>4</ssa>").expect(200).text();
        assertTrue(quota, quota.contains("<minimum>3</minimum>") && quota.contains("<minimum>4</minimum>"));
        Answer negative = kpi(User.ADMIN, "setQuota", "151", "<year>2025</year><ssh>-1</ssh>").expect(500);
        assertTrue(negative.text(), negative.text().contains("urn:sosuhub:problem:validation"));
        assertEquals(3, get(User.ADMIN, "/api/v1/municipalities/151/kpis/quota?year=2025").expect(200).json()
                .get("programmes").get(0).get("minimum").asInt());

        String input = "<criterion><name>Færre frafald</name><kpi>DROPOUT_RATE</kpi><programme>SSA</programme>"
                + "<baseline>0.4</baseline><target>0.3</target><deadline>2027-12-31</deadline></criterion>";
        String created = kpi(User.ADMIN, "createSuccessCriterion", "151", input).expect(200).text();
        assertTrue(created, created.contains("<name>Færre frafald</name>") && created.contains("<status>NO_DATA</status>"));
        String id = created.replaceAll("(?s).*<id>(\\d+)</id>.*", "$1");
        String updated = kpi(User.ADMIN, "updateSuccessCriterion", "151", "<id>" + id + "</id>" + input.replace("0.3", "0.25")).expect(200).text();
        assertTrue(updated, updated.contains("<target>0.2500</target>"));
        Answer invalid = kpi(User.ADMIN, "updateSuccessCriterion", "151", "<id>" + id + "</id>" + input.replace("0.3", "3")).expect(500);
        assertTrue(invalid.text(), invalid.text().contains("<error field=\"target\">"));
        Answer team = send("fbg-team", "uddannelse-2026", "POST", "/soap/kpi", "text/xml; charset=UTF-8",
                "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + "<k:createSuccessCriterion xmlns:k=\"urn:sosuhub:kpi\"><municipality>" + CODE + "</municipality>"
                        + input + "</k:createSuccessCriterion></soapenv:Body></soapenv:Envelope>");
        assertTrue(team.text(), team.status() == 500 && team.text().contains("urn:sosuhub:problem:forbidden"));
        Answer cross = kpi(User.AARHUS, "deleteSuccessCriterion", "151", "<id>" + id + "</id>").expect(500);
        assertTrue(cross.text(), cross.text().contains("urn:sosuhub:problem:forbidden"));
        JsonNode list = get(User.ADMIN, "/api/v1/municipalities/151/kpis/success-criteria").expect(200).json();
        assertEquals(1, list.size());
        assertEquals("0.2500", list.get(0).get("target").asText());
        for (JsonNode c : get(User.ADMIN, M + "/kpis/success-criteria").expect(200).json()) {
            assertFalse(c.get("name").asText().equals("Færre frafald"));
        }
        kpi(User.ADMIN, "deleteSuccessCriterion", "151", "<id>" + id + "</id>").expect(200);
        assertEquals(0, get(User.ADMIN, "/api/v1/municipalities/151/kpis/success-criteria").expect(200).json().size());
    }

    private Answer kpi(User user, String operation, String code, String params) {
        return soap(user, "kpi", "<k:" + operation + " xmlns:k=\"urn:sosuhub:kpi\"><municipality>" + code + "</municipality>"
                + params + "</k:" + operation + ">");
    }
}
