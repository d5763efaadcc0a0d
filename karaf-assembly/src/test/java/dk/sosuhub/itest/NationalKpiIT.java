package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The full report of one municipality and the national roll-up. Frederikssund and Aarhus get 2016 cohorts
 * (a year no other test uses) entered through the API, so the national 2016 figures are known exactly; for any
 * year, the roll-up must equal the sum of every municipality's own report.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class NationalKpiIT extends SosuHubTestSupport {

    private static boolean entered;

    @Before
    public void enterThe2016Cohorts() {
        awaitPlatform();
        await(User.ADMIN, "/api/v1/kpis/national?year=2016", a -> a.status() == 200);
        if (entered) {
            return;
        }
        // Frederikssund, SSH hired 2016: 4 hired, 3 completed (2 of them hired in home care), 1 dropped out in 2016
        List<Long> ssh = hire(User.FREDERIKSSUND, "250", 4, "SSH", "2016-02-01");
        for (long id : ssh.subList(0, 3)) {
            post(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + id + "/completion", "{\"date\":\"2017-08-31\"}").expect(200);
        }
        for (long id : ssh.subList(0, 2)) {
            post(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + id + "/employment",
                    "{\"date\":\"2017-10-01\",\"unitType\":\"HOME_CARE\"}").expect(200);
        }
        post(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + ssh.get(3) + "/dropout",
                "{\"date\":\"2016-05-02\",\"reason\":\"ACADEMIC_DEMANDS\"}").expect(200);
        post(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + ssh.get(0) + "/absences",
                "{\"date\":\"2016-03-01\",\"sickDays\":2}").expect(201);
        // Aarhus, SSA hired 2016: 6 hired, 2 completed (1 hired in a care home), 4 dropped out in 2016 for absence
        List<Long> ssa = hire(User.AARHUS, "751", 6, "SSA", "2016-08-01");
        for (long id : ssa.subList(0, 2)) {
            post(User.AARHUS, "/api/v1/municipalities/751/students/" + id + "/completion", "{\"date\":\"2019-09-30\"}").expect(200);
        }
        post(User.AARHUS, "/api/v1/municipalities/751/students/" + ssa.get(0) + "/employment",
                "{\"date\":\"2019-11-01\",\"unitType\":\"CARE_HOME\"}").expect(200);
        for (int i = 2; i < 6; i++) {
            post(User.AARHUS, "/api/v1/municipalities/751/students/" + ssa.get(i) + "/dropout",
                    "{\"date\":\"2016-09-0" + i + "\",\"reason\":\"ABSENCE\"}").expect(200);
        }
        post(User.AARHUS, "/api/v1/municipalities/751/students/" + ssa.get(0) + "/absences",
                "{\"date\":\"2016-10-03\",\"sickDays\":3}").expect(201);
        entered = true;
    }

    @Test
    public void theReportHoldsEveryKpiOfTheYear() {
        JsonNode r = get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/report?year=2016").expect(200).json();
        assertEquals("250", r.get("municipality").asText());
        assertEquals(2016, r.get("year").asInt());
        JsonNode ssh = cohort(r, "SSH");
        assertEquals(4, ssh.get("hired").asInt());
        assertEquals(3, ssh.get("completed").asInt());
        assertEquals("0.7500", ssh.get("completionRate").asText());
        assertEquals("0.6667", ssh.get("employmentRate").asText());
        assertEquals(0, cohort(r, "SSA").get("hired").asInt());
        assertEquals(1, r.get("dropouts").get("total").get("SSH").asInt());
        assertEquals(1, r.get("dropouts").get("byReason").get("SSH").get("ACADEMIC_DEMANDS").asInt());
        assertEquals(4, r.get("recruitment").get("hired").asInt());
        assertEquals("2.0", r.get("sickLeave").get("sickDays").asText());
        assertTrue(r.get("sickLeave").get("plannedDays").asLong() > 0);
        assertEquals(2, r.get("quota").get("programmes").size());
        assertNotNull(r.get("latestCompleted").get("employedOfCohortRate"));
        // the same figures as the separate endpoints
        assertEquals(get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/sick-leave?year=2016").expect(200).json(),
                r.get("sickLeave"));
        assertEquals(get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/combined").expect(200).json(),
                r.get("latestCompleted"));

        JsonNode lastYear = get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/report").expect(200).json();
        assertEquals(LocalDate.now(DENMARK).getYear() - 1, lastYear.get("year").asInt());
        get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/report?year=16").problem(422, "validation");
        get(User.AARHUS, "/api/v1/municipalities/250/kpis/report?year=2016").problem(403, "forbidden");

        Answer csv = get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/report.csv?year=2016").expect(200);
        assertEquals("text/csv", csv.contentType());
        assertTrue(csv.text(), csv.text().contains("årgang 2016 SSH: gennemførelsesandel;0,7500\n"));
        assertTrue(csv.text(), csv.text().contains("sygedage;2,0\n"));
    }

    @Test
    public void theNationalRollUpSumsFrederikssundAndAarhus() {
        JsonNode n = get(User.ADMIN, "/api/v1/kpis/national?year=2016").expect(200).json();
        assertEquals(2016, n.get("year").asInt());
        assertTrue(n.get("municipalityCount").asInt() >= 2);
        JsonNode ssh = cohort(n, "SSH");
        assertEquals(4, ssh.get("hired").asInt());
        assertEquals("0.7500", ssh.get("completionRate").asText());
        assertEquals("0.2500", ssh.get("dropoutRate").asText());
        JsonNode ssa = cohort(n, "SSA");
        assertEquals(6, ssa.get("hired").asInt());
        assertEquals(2, ssa.get("completed").asInt());
        assertEquals("0.3333", ssa.get("completionRate").asText());
        assertEquals("0.6667", ssa.get("dropoutRate").asText());
        assertEquals("0.5000", ssa.get("employmentRate").asText());
        assertEquals(1, ssa.get("employedByUnitType").get("CARE_HOME").asInt());
        assertEquals(1, n.get("dropouts").get("total").get("SSH").asInt());
        assertEquals(4, n.get("dropouts").get("byReason").get("SSA").get("ABSENCE").asInt());
        assertEquals(10, n.get("recruitment").get("hired").asInt());

        // sick leave: summed days over summed planned days, not the average of the two rates
        JsonNode f = get(User.FREDERIKSSUND, "/api/v1/municipalities/250/kpis/sick-leave?year=2016").expect(200).json();
        JsonNode a = get(User.AARHUS, "/api/v1/municipalities/751/kpis/sick-leave?year=2016").expect(200).json();
        long planned = f.get("plannedDays").asLong() + a.get("plannedDays").asLong();
        assertEquals(planned, n.get("sickLeave").get("plannedDays").asLong());
        assertEquals("5.0", n.get("sickLeave").get("sickDays").asText());
        assertEquals(new BigDecimal(5).divide(BigDecimal.valueOf(planned), 4, RoundingMode.HALF_UP),
                n.get("sickLeave").get("sickLeaveRate").decimalValue());

        JsonNode frederikssund = row(n, "250");
        assertEquals("Frederikssund", frederikssund.get("name").asText());
        assertEquals(4, frederikssund.get("hired").asInt());
        assertEquals("0.7500", frederikssund.get("completionRate").asText());
        assertEquals("0.2500", frederikssund.get("dropoutRate").asText());
        assertEquals("0.6667", frederikssund.get("employmentRate").asText());
        assertEquals(f.get("sickLeaveRate"), frederikssund.get("sickLeaveRate"));
        assertEquals(83, frederikssund.get("quotaMinimum").asInt());
        assertEquals("0.0482", frederikssund.get("quotaFulfilment").asText());   // 4 of 56 + 27
        assertEquals(false, frederikssund.get("quotaMet").asBoolean());
        JsonNode aarhus = row(n, "751");
        assertEquals(6, aarhus.get("hired").asInt());
        assertEquals("0.3333", aarhus.get("completionRate").asText());
        assertEquals("0.5000", aarhus.get("employmentRate").asText());
        assertEquals(a.get("sickLeaveRate"), aarhus.get("sickLeaveRate"));

        Answer csv = get(User.ADMIN, "/api/v1/kpis/national.csv?year=2016").expect(200);
        assertEquals("text/csv", csv.contentType());
        assertTrue(csv.text(), csv.text().contains("\n250;Frederikssund;4;0,7500;0,2500;0,6667;"));
    }

    @Test
    public void anyYearsRollUpIsTheSumOfEveryMunicipalitysReport() {
        // Frederikssund's published records when KpiFiguresIT has run, the demo students otherwise
        assertTrue(assertTheSumOfEveryMunicipalitysReport(2023) > 0);
    }

    /**
     * The roll-up's counts are kept between requests (per municipality and year): each kind of write, answered
     * right before the next roll-up, shows in it at once, in JSON and CSV. 2013 is a year no other test uses.
     */
    @Test
    public void theRollUpShowsEveryWriteAnsweredRightBeforeIt() {
        String national = "/api/v1/kpis/national?year=2013";
        JsonNode n = get(User.ADMIN, national).expect(200).json();
        long hired = n.get("recruitment").get("hired").asLong();
        long hired250 = row(n, "250").get("hired").asLong();
        long dropouts = n.get("dropouts").get("total").get("SSA").asLong();
        BigDecimal sickDays = n.get("sickLeave").get("sickDays").decimalValue();
        long planned = n.get("sickLeave").get("plannedDays").asLong();
        long employed = cohort(n, "SSH").get("employed").asLong();

        // a hire
        long ssa = hire(User.FREDERIKSSUND, "250", 1, "SSA", "2013-03-04").get(0);
        n = get(User.ADMIN, national).expect(200).json();
        assertEquals(hired + 1, n.get("recruitment").get("hired").asLong());
        assertEquals(hired250 + 1, row(n, "250").get("hired").asLong());
        long plannedWithHire = n.get("sickLeave").get("plannedDays").asLong();
        assertTrue(plannedWithHire > planned);
        assertTrue(get(User.ADMIN, "/api/v1/kpis/national.csv?year=2013").expect(200).text()
                .contains("\n250;Frederikssund;" + (hired250 + 1) + ";"));

        // an absence
        post(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + ssa + "/absences",
                "{\"date\":\"2013-04-02\",\"sickDays\":1.5}").expect(201);
        n = get(User.ADMIN, national).expect(200).json();
        assertEquals(0, sickDays.add(new BigDecimal("1.5")).compareTo(n.get("sickLeave").get("sickDays").decimalValue()));

        // a change of the student's data: a later start leaves fewer planned days in 2013
        put(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + ssa, "{\"programme\":\"SSA\",\"startDate\":"
                + "\"2013-03-18\",\"birthDate\":\"1990-05-01\",\"track\":\"ORDINARY\",\"origin\":\"EXTERNAL\"}").expect(200);
        n = get(User.ADMIN, national).expect(200).json();
        assertEquals(plannedWithHire - 10, n.get("sickLeave").get("plannedDays").asLong());

        // a plan change (no figure of the roll-up depends on it) and a dropout, which ends the enrolment
        JsonNode plan = get(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + ssa + "/plan").expect(200).json();
        put(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + ssa + "/plan", plan.toString()).expect(200);
        assertEquals(n, get(User.ADMIN, national).expect(200).json());
        post(User.FREDERIKSSUND, "/api/v1/municipalities/250/students/" + ssa + "/dropout",
                "{\"date\":\"2013-06-03\",\"reason\":\"MOVED\"}").expect(200);
        n = get(User.ADMIN, national).expect(200).json();
        assertEquals(dropouts + 1, n.get("dropouts").get("total").get("SSA").asLong());
        assertTrue(n.get("sickLeave").get("plannedDays").asLong() < plannedWithHire - 10);

        // a graduate hired by the municipality (in Aarhus: another municipality's counts are kept meanwhile)
        long ssh = hire(User.AARHUS, "751", 1, "SSH", "2013-02-04").get(0);
        post(User.AARHUS, "/api/v1/municipalities/751/students/" + ssh + "/completion", "{\"date\":\"2014-08-29\"}").expect(200);
        post(User.AARHUS, "/api/v1/municipalities/751/students/" + ssh + "/employment",
                "{\"date\":\"2014-10-01\",\"unitType\":\"HOME_CARE\"}").expect(200);
        n = get(User.ADMIN, national).expect(200).json();
        assertEquals(employed + 1, cohort(n, "SSH").get("employed").asLong());
        assertEquals(hired + 2, n.get("recruitment").get("hired").asLong());

        // a GDPR erasure changes no figure
        post(User.ADMIN, "/api/v1/municipalities/250/students/" + ssa + "/erase", null).expect(200);
        assertEquals(n, get(User.ADMIN, national).expect(200).json());
        assertEquals(hired + 2, assertTheSumOfEveryMunicipalitysReport(2013));
    }

    /** Asserts that the roll-up of {@code year} is the sum of every municipality's own report; returns the hires. */
    private long assertTheSumOfEveryMunicipalitysReport(int year) {
        JsonNode n = get(User.ADMIN, "/api/v1/kpis/national?year=" + year).expect(200).json();
        long hired = 0;
        long completed = 0;
        long dropouts = 0;
        long internal = 0;
        BigDecimal sickDays = BigDecimal.ZERO;
        long planned = 0;
        for (JsonNode m : n.get("municipalities")) {
            JsonNode r = get(User.ADMIN, "/api/v1/municipalities/" + m.get("code").asText() + "/kpis/report?year=" + year)
                    .expect(200).json();
            for (JsonNode c : r.get("cohorts")) {
                hired += c.get("hired").asLong();
                completed += c.get("completed").asLong();
            }
            assertEquals(m.get("hired").asLong(), r.get("recruitment").get("hired").asLong());
            dropouts += r.get("dropouts").get("total").get("SSA").asLong() + r.get("dropouts").get("total").get("SSH").asLong();
            internal += r.get("recruitment").get("ownUnskilledStaff").asLong() + r.get("recruitment").get("ownSshStaff").asLong();
            sickDays = sickDays.add(r.get("sickLeave").get("sickDays").decimalValue());
            planned += r.get("sickLeave").get("plannedDays").asLong();
        }
        assertEquals(hired, cohort(n, "SSH").get("hired").asLong() + cohort(n, "SSA").get("hired").asLong());
        assertEquals(completed, cohort(n, "SSH").get("completed").asLong() + cohort(n, "SSA").get("completed").asLong());
        assertEquals(hired, n.get("recruitment").get("hired").asLong());
        assertEquals(internal, n.get("recruitment").get("ownUnskilledStaff").asLong() + n.get("recruitment").get("ownSshStaff").asLong());
        assertEquals(dropouts, n.get("dropouts").get("total").get("SSA").asLong() + n.get("dropouts").get("total").get("SSH").asLong());
        assertEquals(0, sickDays.compareTo(n.get("sickLeave").get("sickDays").decimalValue()));
        assertEquals(planned, n.get("sickLeave").get("plannedDays").asLong());
        return hired;
    }

    @Test
    public void onlyPlatformAdministratorsSeeTheNationalRollUp() {
        get(User.FREDERIKSSUND, "/api/v1/kpis/national?year=2016").problem(403, "forbidden");
        get(User.AARHUS, "/api/v1/kpis/national.csv").problem(403, "forbidden");
        get(User.NOBODY, "/api/v1/kpis/national").problem(401, "unauthorized");
        get(User.ADMIN, "/api/v1/kpis/national?year=abc").problem(422, "validation");
        JsonNode lastYear = get(User.ADMIN, "/api/v1/kpis/national").expect(200).json();
        assertEquals(LocalDate.now(DENMARK).getYear() - 1, lastYear.get("year").asInt());
        String openApi = get(User.NOBODY, "/api/v1/openapi.json").expect(200).text();
        assertTrue(openApi.contains("\"/kpis/national\""));
        assertTrue(openApi.contains("\"/municipalities/{code}/kpis/report\""));
    }

    private List<Long> hire(User user, String code, int count, String programme, String startDate) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"programme\":\"" + programme + "\",\"startDate\":\"" + startDate + "\",\"birthDate\":\"1990-05-0"
                    + (i + 1) + "\",\"track\":\"ORDINARY\",\"origin\":\"EXTERNAL\"}";
            ids.add(post(user, "/api/v1/municipalities/" + code + "/students", body).expect(201).json().get("id").asLong());
        }
        return ids;
    }

    private static JsonNode cohort(JsonNode kpis, String programme) {
        for (JsonNode c : kpis.get("cohorts")) {
            if (c.get("programme").asText().equals(programme)) {
                return c;
            }
        }
        throw new AssertionError("no " + programme + " cohort in " + kpis);
    }

    private static JsonNode row(JsonNode national, String code) {
        for (JsonNode m : national.get("municipalities")) {
            if (m.get("code").asText().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no row for " + code + " in " + national);
    }
}
