package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sosuhub.itest.browser.Browser;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The coordinator's page /oplaering in headless Chromium at laptop width, in a municipality of its own (Faxe):
 * make a proposal, see what it would change and why a period cannot be placed, accept it, see the timeline, and be
 * refused in Danish when pinning a student where a hard rule forbids it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlacementsPageIT extends PageTestSupport {

    private static final String CODE = "320";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String TEAM = "faxe-team";
    private static final String PASSWORD = "oplaering-2026";
    private static final int LAPTOP_WIDTH = 1366;
    private static long farAway;
    private static JsonNode first;
    private static JsonNode second;

    @Before
    public void municipalityWithSitesAndStudents() {
        awaitPlatform();
        await(User.NOBODY, "/oplaering", a -> a.status() == 200 && a.text().contains("oplaering.js"));
        if (first != null) {
            return;
        }
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Faxe\"}").expect(201);
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + TEAM + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"education-team\"],\"municipality\":\"" + CODE + "\"}").expect(201);
        long care = site("Plejecentret Møllebo", "CARE_HOME");
        long home = site("Hjemmeplejen Haslev", "HOME_CARE");
        post(User.ADMIN, M + "/placement-sites/" + care + "/supervisors", "{\"name\":\"Søren Vejleder\",\"capacity\":1}").expect(201);
        post(User.ADMIN, M + "/placement-sites/" + home + "/supervisors", "{\"name\":\"Åse Vejleder\",\"capacity\":1}").expect(201);
        long anna = student("Anna Ærø");
        student("Bent Bøgh");
        farAway = student("Cilla Østergård");
        put(User.ADMIN, M + "/students/" + anna + "/placement-profile", "{\"tasterSiteId\":" + care + "}").expect(200);
        put(User.ADMIN, M + "/students/" + farAway + "/placement-profile", "{\"location\":{\"lat\":55.40,\"lon\":10.38},"
                + "\"maxTravelKm\":5}").expect(200);
        JsonNode plan = get(User.ADMIN, M + "/students/" + anna + "/plan").expect(200).json().get("periods");
        for (JsonNode p : plan) {
            if (p.get("kind").asText().equals("PLACEMENT") && p.get("number").asInt() == 1) {
                first = p;
            } else if (p.get("kind").asText().equals("PLACEMENT") && p.get("number").asInt() == 2) {
                second = p;
            }
        }
    }

    private long site(String name, String type) {
        return post(User.ADMIN, M + "/placement-sites", "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"capacity\":1,"
                + "\"location\":{\"lat\":55.26,\"lon\":12.12}}").expect(201).json().get("id").asLong();
    }

    private long student(String name) {
        return post(User.ADMIN, M + "/students", "{\"name\":\"" + name + "\",\"programme\":\"SSH\",\"startDate\":\"2026-01-05\","
                + "\"birthDate\":\"2001-03-03\"}").expect(201).json().get("id").asLong();
    }

    @Test
    public void aCoordinatorMakesAProposalSeesWhyAPeriodIsUnplacedAcceptsItAndSeesTheTimeline() throws Exception {
        String view = "/oplaering?fra=" + first.get("startDate").asText() + "&til=" + second.get("endDate").asText();
        browse("oplaering-laptop", LAPTOP_WIDTH, browser -> {
            browser.open(BASE + view);
            browser.await("#brugernavn").type(TEAM);
            browser.find("#adgangskode").type(PASSWORD);
            browser.find("#log-ind button[type=submit]").click();
            browser.awaitText("#bruger", TEAM::equals);
            assertEquals("Oplæring i Faxe Kommune", browser.awaitText("h1", t -> t.startsWith("Oplæring")));

            // the timeline before: both sites, free, nobody placed
            browser.await("#tidslinje tr.site");
            assertEquals(2, browser.findAll("#tidslinje tr.site").size());
            assertEquals(0, browser.findAll("#tidslinje tr.student").size());
            assertTrue(browser.findAll("#tidslinje td.load.free").size() > 10);

            // a proposal: four periods placed, Cilla's two not (too far to travel), nothing applied yet
            browser.find("#lav-forslag").click();
            String summary = browser.awaitText("#forslag-resume", t -> !t.isEmpty());
            assertEquals("Forslaget placerer 4 oplæringsperioder. 4 ændringer i forhold til den nuværende plan. 2 kan ikke placeres.",
                    summary);
            List<Browser.Element> reasons = browser.findAll("#ikke-placeret li .reason");
            assertEquals(2, reasons.size());
            for (Browser.Element r : reasons) {
                assertEquals("TRAVEL", r.attribute("data-code"));
                assertEquals("Alle tilladte oplæringssteder ligger mere end 5 km fra elevens bopæl", r.text());
            }
            assertTrue(browser.find("#ikke-placeret").text().contains("Cilla Østergård"));
            assertTrue(browser.find("#aendringer").text().contains("Samme sted som snusepraktikken"));
            assertEquals(0, browser.findAll("#tidslinje tr.student").size());

            // accepted: the timeline shows the four periods and the sites full in those weeks
            browser.find("#godkend").click();
            assertEquals("Forslaget er godkendt.", browser.awaitText("#godkendt", t -> !t.isEmpty()));
            browser.waitFor("four placements in the timeline", () -> browser.findAll("#tidslinje tr.student").size() == 4 ? true : null);
            String timeline = browser.find("#tidslinje").text();
            assertTrue(timeline, timeline.contains("Anna Ærø") && timeline.contains("Bent Bøgh") && timeline.contains("1. periode"));
            assertTrue(browser.findAll("#tidslinje td.load.full").size() > 10);
            assertTrue(browser.findAll("#tidslinje td.period").size() == 4);

            // pinning Cilla where it breaks hard rules is refused, in Danish
            browser.script("document.getElementById('elev').value = arguments[0];", String.valueOf(farAway));
            browser.find("#fastlaeg-form button[type=submit]").click();
            String refused = browser.awaitText("#fastlaeg-svar .alert", t -> !t.isEmpty());
            assertTrue(refused, refused.contains("Placeringen bryder en regel og er ikke gemt")
                    && refused.contains("Stedet ligger længere væk, end eleven kan rejse"));
            assertEquals(4, get(User.ADMIN, M + "/placements").expect(200).json().size());
            browser.screenshot("oplaering-laptop");
        });
    }
}
