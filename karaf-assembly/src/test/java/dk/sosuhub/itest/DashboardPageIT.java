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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The leaders' KPI dashboard at /nogletal in headless Chromium. Enters an SSH cohort of 2017 through REST
 * (37 hired, 31 completed, 19 hired afterwards, 6 dropouts; a year no other test uses) and checks that the
 * page draws exactly those figures, and that Aarhus sees only its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DashboardPageIT extends PageTestSupport {

    private static final String M = "/api/v1/municipalities/250";
    private static final String VIEW = "/nogletal?aar=2017&ssh=2017&ssa=2016";
    private static boolean entered;

    @Before
    public void enterTheCohort() {
        awaitPlatform();
        await(User.NOBODY, "/nogletal", a -> a.status() == 200 && a.text().contains("nogletal.js"));
        if (entered) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            String origin = i < 3 ? "OWN_UNSKILLED_STAFF" : "EXTERNAL";
            ids.add(post(User.FREDERIKSSUND, M + "/students", "{\"programme\":\"SSH\",\"startDate\":\"2017-02-01\","
                    + "\"birthDate\":\"" + LocalDate.of(1990, 1, 1).minusYears(i % 15) + "\",\"track\":\"ORDINARY\","
                    + "\"origin\":\"" + origin + "\"}").expect(201).json().get("id").asLong());
        }
        post(User.FREDERIKSSUND, M + "/students/" + ids.get(0) + "/absences", "{\"date\":\"2017-04-03\",\"sickDays\":10}").expect(201);
        for (int i = 0; i < 31; i++) {
            post(User.FREDERIKSSUND, M + "/students/" + ids.get(i) + "/completion", "{\"date\":\"2018-08-31\"}").expect(200);
        }
        for (int i = 0; i < 19; i++) {
            String unit = i < 7 ? "HOME_CARE" : i < 14 ? "CARE_HOME" : "SSA_STUDENT";
            post(User.FREDERIKSSUND, M + "/students/" + ids.get(i) + "/employment",
                    "{\"date\":\"2018-10-01\",\"unitType\":\"" + unit + "\"}").expect(200);
        }
        String[] reasons = {"ACADEMIC_DEMANDS", "ACADEMIC_DEMANDS", "ACADEMIC_DEMANDS", "WRONG_CHOICE", "WRONG_CHOICE", "OTHER"};
        for (int i = 31; i < 37; i++) {
            post(User.FREDERIKSSUND, M + "/students/" + ids.get(i) + "/dropout", "{\"date\":\""
                    + LocalDate.of(2017, 3, 1).plusDays(i) + "\",\"reason\":\"" + reasons[i - 31] + "\"}").expect(200);
        }
        entered = true;
    }

    @Test
    public void aLeaderSeesTheCohortFunnelQuotaAndRecruitment() throws Exception {
        browse("nogletal-desktop", browser -> {
            signIn(browser, VIEW, User.FREDERIKSSUND);
            assertEquals("Frederikssund Kommune", browser.awaitText("#kommune", t -> !t.isEmpty()));
            // the funnel: hired → completed → employed, with Danish percentages
            browser.awaitText("#aargang-SSH dd[data-figure=completion]", "83,8 %"::equals);
            assertEquals("16,2 %", browser.find("#aargang-SSH dd[data-figure=dropout]").text());
            assertEquals("61,3 %", browser.find("#aargang-SSH dd[data-figure=employment]").text());
            assertEquals("37", browser.find("#tragt-SSH [data-figure=hired]").text());
            assertEquals("31 · 83,8 %", browser.find("#tragt-SSH [data-figure=completion]").text());
            assertEquals("19 · 61,3 %", browser.find("#tragt-SSH [data-figure=employment]").text());
            assertEquals("6 · 16,2 %", browser.find("#tragt-SSH [data-figure=dropout]").text());
            assertTrue(browser.find("#aargang-SSH-titel").text().contains("årgang 2017"));
            // the quota of 2017: 37 SSH hired against the agreed minimum of 27
            assertEquals("37 af 27 · opfyldt", browser.find("#dimensionering-graf [data-figure=quota-SSH]").text());
            // dropouts of 2017 by reason, in Danish
            String reasons = browser.find("#aarsager-SSH").text();
            assertTrue(reasons, reasons.contains("For høje faglige krav") && reasons.contains("Forkert uddannelsesvalg"));
            // internal recruitment 2017: 3 of 37 own unskilled staff
            assertEquals("8,1 %", browser.find("#rekruttering [data-figure=internal]").text());
            // sick leave per year, as the API computes it
            JsonNode sick = get(User.FREDERIKSSUND, M + "/kpis/sick-leave?year=2017").expect(200).json();
            assertEquals(danishPercent(sick.get("sickLeaveRate").decimalValue()),
                    browser.find("#sygefravaer-graf [data-figure=sick-leave-2017]").text());
            assertEquals(5, browser.findAll("#sygefravaer-graf .column").size());
            // the CSV export of the cohort
            String csv = browser.find("#csv-SSH").attribute("href");
            assertTrue(csv, csv.endsWith(M + "/kpis/cohort.csv?programme=SSH&year=2017"));
            browser.fullPageScreenshot("nogletal-desktop", DESKTOP_WIDTH);

            // another cohort: the address follows the choice, and Back returns to the first
            browser.script("var s = document.getElementById('ssh'); s.value = '2016'; s.dispatchEvent(new Event('change', {bubbles: true}));");
            browser.awaitUrl(u -> u.endsWith("/nogletal?aar=2017&ssh=2016&ssa=2016"));
            browser.awaitText("#tragt-SSH [data-figure=hired]", "0"::equals);
            browser.awaitText("#aargang-SSH dd[data-figure=completion]", "–"::equals);
            browser.back();
            browser.awaitText("#tragt-SSH [data-figure=hired]", "37"::equals);
        });
    }

    @Test
    public void theDashboardFitsAPhone() throws Exception {
        browse("nogletal-phone", PHONE_WIDTH, browser -> {
            signIn(browser, VIEW, User.FREDERIKSSUND);
            browser.awaitText("#aargang-SSH dd[data-figure=completion]", "83,8 %"::equals);
            assertTrue("no sideways scrolling",
                    browser.script("return document.documentElement.scrollWidth <= window.innerWidth").asBoolean());
            browser.fullPageScreenshot("nogletal-phone", PHONE_WIDTH);
        });
    }

    @Test
    public void aarhusSeesOnlyItsOwnFigures() throws Exception {
        JsonNode own = get(User.AARHUS, "/api/v1/municipalities/751/kpis/cohort?programme=SSH&year=2017").expect(200).json();
        browse("nogletal-aarhus", browser -> {
            signIn(browser, VIEW, User.AARHUS);
            assertEquals("Aarhus Kommune", browser.awaitText("#kommune", t -> !t.isEmpty()));
            browser.awaitText("#tragt-SSH [data-figure=hired]", t -> t.equals(own.get("hired").asText()));
            assertFalse(browser.find("#tal").text().contains("83,8"));
            assertEquals("Nøgletal for Aarhus Kommune", browser.find("h1").text());
        });
        get(User.AARHUS, M + "/kpis/cohort?programme=SSH&year=2017").problem(403, "forbidden");
    }

    @Test
    public void aWrongPasswordIsRefusedInDanishAndLogOutSignsOut() throws Exception {
        browse("nogletal-login", browser -> {
            browser.open(BASE + "/nogletal");
            browser.await("#brugernavn").type("frederikssund");
            browser.find("#adgangskode").type("forkert");
            browser.find("#log-ind button[type=submit]").click();
            browser.awaitText("#log-ind [role=alert]", "Forkert brugernavn eller adgangskode."::equals);
            browser.find("#adgangskode").type("frederikssund");
            browser.find("#log-ind button[type=submit]").click();
            browser.awaitText("#bruger", "frederikssund"::equals);
            browser.await("#aargange");
            // signed in with a session cookie that scripts cannot read; no credential in any browser storage
            assertTrue(browser.script("return document.cookie.indexOf('SOSUHUB_SESSION') < 0").asBoolean());
            assertTrue(browser.script("return JSON.stringify(sessionStorage).indexOf('frederikssund') < 0"
                    + " && JSON.stringify(localStorage).indexOf('frederikssund') < 0").asBoolean());
            browser.open(BASE + "/nogletal");
            browser.awaitText("#bruger", "frederikssund"::equals);
            browser.find("#log-ud").click();
            browser.await("#brugernavn");
            browser.open(BASE + "/nogletal");
            browser.await("#brugernavn");
        });
    }

    @Test
    public void aUserChangesTheirOwnPasswordAndSignsInWithTheNewOne() throws Exception {
        Answer created = post(User.ADMIN, "/api/v1/users", "{\"username\":\"side-skift\",\"password\":\"foerste-kodeord-2026\","
                + "\"roles\":[\"education-team\"],\"municipality\":\"250\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
        browse("skift-adgangskode", browser -> {
            browser.open(BASE + "/");
            browser.await("#brugernavn").type("side-skift");
            browser.find("#adgangskode").type("foerste-kodeord-2026");
            browser.find("#log-ind button[type=submit]").click();
            browser.awaitText("#bruger", "side-skift"::equals);
            browser.find("#skift-adgangskode").click();
            browser.await("#nuvaerende-adgangskode").type("forkert-kodeord-2026");
            browser.find("#ny-adgangskode").type("min nye saetning med hest");
            browser.find("#gentag-adgangskode").type("min nye saetning med hest");
            browser.find("#skift-adgangskode-formular button[type=submit]").click();
            browser.awaitText("#skift-adgangskode-formular [role=alert]", "Den nuværende adgangskode er forkert."::equals);
            browser.find("#nuvaerende-adgangskode").clear().type("foerste-kodeord-2026");
            browser.find("#skift-adgangskode-formular button[type=submit]").click();
            browser.awaitText("#log-ind [role=alert]", "Din adgangskode er skiftet. Log ind med den nye."::equals);
            browser.find("#brugernavn").type("side-skift");
            browser.find("#adgangskode").type("min nye saetning med hest");
            browser.find("#log-ind button[type=submit]").click();
            browser.awaitText("#bruger", "side-skift"::equals);
        });
        send("side-skift", "foerste-kodeord-2026", "GET", "/api/v1/me", null, null).problem(401, "unauthorized");
    }

    @Test
    public void successCriteriaAndEarlyWarningsAreShownWhenServed() throws Exception {
        get(User.FREDERIKSSUND, M + "/kpis/success-criteria").expect(200);
        long id = post(User.FREDERIKSSUND, M + "/kpis/success-criteria", "{\"name\":\"Flere nyuddannede bliver i kommunen\","
                + "\"kpi\":\"EMPLOYMENT_RATE\",\"programme\":null,\"baseline\":0.414,\"target\":0.444,"
                + "\"deadline\":\"2027-12-31\"}").expect(201).json().get("id").asLong();
        try {
            browse("nogletal-succeskriterier", browser -> {
                signIn(browser, VIEW, User.FREDERIKSSUND);
                String row = browser.awaitText("#succeskriterier tr[data-criterion='" + id + "']", t -> !t.isEmpty());
                assertTrue(row, row.contains("Flere nyuddannede bliver i kommunen") && row.contains("41,4 %")
                        && row.contains("44,4 %") && row.contains("31.12.2027"));
                String warnings = browser.awaitText("#tidlig-varsling", t -> !t.isEmpty());
                assertTrue(warnings, warnings.contains("indskrevne elever"));
                browser.fullPageScreenshot("nogletal-succeskriterier", DESKTOP_WIDTH);
            });
        } finally {
            send(User.FREDERIKSSUND, "DELETE", M + "/kpis/success-criteria/" + id, null, null);
        }
    }

    @Test
    public void thePageGoesAndComesWithTheKpiFeature() {
        put(User.ADMIN, "/api/v1/features/sosuhub-kpi", "{\"installed\":false}").expect(200);
        try {
            await(User.NOBODY, "/nogletal", a -> a.status() == 404);
            await(User.NOBODY, "/nogletal/nogletal.js", a -> a.status() == 404);
            get(User.NOBODY, "/assets/sosuhub.css").expect(200);
        } finally {
            // the REST API is rebuilt after a module leaves: wait until it answers again
            await(User.ADMIN, "/api/v1/features/sosuhub-kpi", a -> a.status() == 200);
            put(User.ADMIN, "/api/v1/features/sosuhub-kpi", "{\"installed\":true}").expect(200);
        }
        awaitPlatform();
        await(User.NOBODY, "/nogletal", a -> a.status() == 200 && a.text().contains("nogletal.js"));
    }

    static String danishPercent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }
}
