package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sosuhub.itest.browser.Browser;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The mentoring page /mentorordninger and the dashboard's referral in headless Chromium, on Aarhus's demo data: the
 * retention mentor's published figures (128 referred, 102 started, 87 closed, 83 % successful), the mentor's load, a
 * referral from the suggestions, and a referral in one step from an early warning on /nogletal.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MentoringPageIT extends PageTestSupport {

    private static final String A = "/api/v1/municipalities/751";

    @Before
    public void pageIsServed() {
        awaitPlatform();
        await(User.NOBODY, "/mentorordninger", a -> a.status() == 200 && a.text().contains("mentorordninger.js"));
        await(User.AARHUS, A + "/mentors", a -> a.status() == 200 && a.json().size() >= 1);
        // the demo data is entered while the platform boots; wait until it is all there
        await(User.AARHUS, "/api/v1/municipalities/751/mentoring/kpis?scheme=RETENTION_MENTOR", a -> a.status() == 200
                && a.json().get("referred").asInt() >= 128 && a.json().get("closed").asInt() >= 87);
        await(User.FREDERIKSSUND, "/api/v1/municipalities/250/mentoring/relationships", a -> a.status() == 200 && a.json().size() >= 2);
    }

    @Test
    public void aCoordinatorSeesTheSchemesAndRefersFromSuggestionsAndFromAnEarlyWarning() throws Exception {
        long fatima = 0;
        for (JsonNode s : get(User.AARHUS, A + "/students?limit=1000").expect(200).json().get("items")) {
            if ("Fatima Ahmadi".equals(s.get("name").asText())) {
                fatima = s.get("id").asLong();
            }
        }
        assertTrue(fatima > 0);
        long student = fatima;
        browse("mentorordninger", browser -> {
            signIn(browser, "/mentorordninger", User.AARHUS);
            String card = "[data-scheme=RETENTION_MENTOR] ";
            browser.awaitText(card + "[data-figure=referred]", "128"::equals);
            assertEquals("102", browser.find(card + "[data-figure=started]").text());
            assertEquals("87", browser.find(card + "[data-figure=closed]").text());
            assertEquals("15", browser.find(card + "[data-figure=activeNow]").text());
            assertEquals("83 %", browser.find(card + "[data-figure=successRate]").text());
            assertTrue(browser.find(card).text().contains("72 af 87 afsluttede forløb"));
            assertEquals("Mentorordninger i Aarhus Kommune", browser.find("h1").text());
            assertTrue(browser.find("#mentorer").text().contains("Anne Kirkegaard"));
            assertEquals("15/20", browser.find("#mentorer [data-load]").attribute("data-load"));
            assertTrue(browser.find("#mentorer").text().contains("15 af 20"));

            // a referral from the suggestions
            browser.find("#ordning option[value=RETENTION_MENTOR]").click();
            browser.find("#elev option[value='" + student + "']").click();
            browser.find("#behov").type("psykisk");
            browser.find("#henvis button[type=submit]").click();
            browser.await("#forslag .suggestions li");
            String suggestion = browser.find("#forslag .suggestions li").text();
            assertTrue(suggestion, suggestion.contains("Anne Kirkegaard") && suggestion.contains("point")
                    && suggestion.contains("Har kompetence i psykisk, som eleven har brug for støtte til"));
            browser.find("#forslag .suggestions li button").click();
            assertTrue(browser.awaitText("#henvist", t -> !t.isEmpty()).contains("Eleven er henvist til Anne Kirkegaard"));
        });
        JsonNode referred = get(User.AARHUS, A + "/mentoring/relationships?studentId=" + student).expect(200).json();
        assertEquals(1, referred.size());
        assertEquals("REFERRED", referred.get(0).get("status").asText());
        assertEquals("[\"psykisk\"]", referred.get(0).get("supportNeeds").toString());

        // from an early warning to a retention mentor in one step on the dashboard
        browse("nogletal-fastholdelse", browser -> {
            signIn(browser, "/nogletal", User.AARHUS);
            browser.await("#tidlig-varsling");
            assertTrue(browser.find("#tidlig-varsling").text().contains("Har fastholdelsesmentor"));
            assertTrue(browser.find("#tidlig-varsling").text().contains("Henvist til fastholdelsesmentor"));
            Browser.Element button = browser.await("#tidlig-varsling .retention button.refer");
            long id = browser.script("return document.querySelector('#tidlig-varsling .retention button.refer')"
                    + ".parentNode.getAttribute('data-student');").asLong();
            button.click();
            browser.awaitText("#tidlig-varsling .retention[data-student='" + id + "']",
                    t -> t.contains("Henvist til fastholdelsesmentor"));
            JsonNode made = get(User.AARHUS, A + "/mentoring/relationships?scheme=RETENTION_MENTOR&studentId=" + id).expect(200).json();
            assertEquals(made.toString(), "REFERRED", made.get(made.size() - 1).get("status").asText());
        });
    }
}
