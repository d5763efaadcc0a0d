package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sosuhub.itest.browser.Browser.Element;
import dk.sosuhub.itest.browser.Browser.Keys;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The intranet knowledge page at / in headless Chromium: search with autocomplete, highlighted snippets,
 * facets, "Mente du …?", guides with their own addresses, and an editor writing, finding, editing and deleting
 * a guide of the municipality's own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class KnowledgePageIT extends PageTestSupport {

    private static final String M = "/api/v1/municipalities/250";
    private static final Pattern COUNT = Pattern.compile("^(\\d+) vejledning");

    @Before
    public void pageServed() {
        awaitPlatform();
        await(User.NOBODY, "/", a -> a.status() == 200 && a.text().contains("viden.js"));
        // the index is ready (it is rebuilt when the module comes back after an uninstall)
        await(User.FREDERIKSSUND, M + "/search?q=voksenelevl%C3%B8n", a -> a.status() == 200 && a.json().get("total").asInt() > 0);
    }

    @Test
    public void thePageGoesAndComesWithTheKnowledgeFeature() {
        put(User.ADMIN, "/api/v1/features/sosuhub-knowledge", "{\"installed\":false}").expect(200);
        try {
            await(User.NOBODY, "/", a -> a.status() == 404);
            await(User.NOBODY, "/viden.js", a -> a.status() == 404);
            // the shared assets, the API and the other pages stay
            get(User.NOBODY, "/assets/sosuhub.js").expect(200);
            get(User.NOBODY, "/nogletal").expect(200);
            await(User.FREDERIKSSUND, "/api/v1/me", a -> a.status() == 200);
        } finally {
            // the REST API is rebuilt after a module leaves: wait until it answers again
            await(User.ADMIN, "/api/v1/features/sosuhub-knowledge", a -> a.status() == 200);
            put(User.ADMIN, "/api/v1/features/sosuhub-knowledge", "{\"installed\":true}").expect(200);
        }
        await(User.NOBODY, "/", a -> a.status() == 200 && a.text().contains("viden.js"));
        pageServed();
    }

    @Test
    public void searchWithAutocompleteSnippetsFacetsAndAGuide() throws Exception {
        browse("viden-soegning", browser -> {
            signIn(browser, "/", User.FREDERIKSSUND);
            Element box = browser.await("#q");
            // autocomplete while typing
            box.type("voksenelev");
            browser.await("#forslag [role=option]");
            assertEquals("true", box.attribute("aria-expanded"));
            String proposals = browser.find("#forslag").text();
            assertTrue(proposals, proposals.toLowerCase().contains("voksenelev"));
            // the search itself
            box.type("løn" + Keys.ENTER);
            browser.await("#hits .hit");
            String url = browser.awaitUrl(u -> u.contains("?q="));
            assertTrue(url, url.endsWith("/?q=" + URLEncoder.encode("voksenelevløn", StandardCharsets.UTF_8)));
            int total = count(browser.find("#antal").text());
            JsonNode api = get(User.FREDERIKSSUND, M + "/search?q=" + URLEncoder.encode("voksenelevløn", StandardCharsets.UTF_8)).expect(200).json();
            assertEquals(api.get("total").asInt(), total);
            // highlighted snippets: <mark> is kept, nothing else of the markup
            List<Element> marks = browser.findAll("#hits .snippet mark");
            assertFalse("snippets with <mark>", marks.isEmpty());
            assertTrue(browser.find("#hits .snippet").html().matches("(?s)([^<]|<mark>|</mark>)*"));
            assertEquals(0, browser.findAll("#hits .snippet *:not(mark)").size());
            browser.fullPageScreenshot("viden-resultater-desktop", DESKTOP_WIDTH);

            // a facet narrows the results, in the address too
            Element leader = browser.find("#filter-audience input[type=checkbox]");
            String code = leader.attribute("value");
            leader.click();
            browser.awaitUrl(u -> u.contains("audience=" + code));
            browser.await("#filter-audience input[value=" + code + "]:checked");
            int filtered = count(browser.awaitText("#antal", t -> COUNT.matcher(t).find()));
            assertEquals(get(User.FREDERIKSSUND, M + "/search?q=" + URLEncoder.encode("voksenelevløn", StandardCharsets.UTF_8)
                    + "&audience=" + code).expect(200).json().get("total").asInt(), filtered);
            assertTrue(filtered <= total);

            // a guide, with an address of its own
            Element first = browser.find("#hits .hit-link");
            String title = first.text();
            first.click();
            browser.awaitText("#vejledning-titel", title::equals);
            String guideUrl = browser.awaitUrl(u -> u.contains("?guide="));
            assertFalse(browser.find("#vejledning .guide-body").text().isBlank());
            browser.back();
            browser.awaitUrl(u -> u.contains("audience=" + code));
            browser.await("#hits .hit");

            // both addresses work when loaded directly (a bookmark)
            browser.open(guideUrl);
            browser.awaitText("#vejledning-titel", title::equals);
            browser.open(url);
            browser.awaitText("#antal", t -> t.startsWith(total + " vejledning"));
            assertEquals("voksenelevløn", browser.find("#q").property("value"));
        });
    }

    @Test
    public void aMisspeltQueryOffersTheCorrection() throws Exception {
        String typo = "midtvejsevalurering";
        JsonNode api = get(User.FREDERIKSSUND, M + "/search?q=" + typo).expect(200).json();
        assertNotNull("the engine proposes a correction for " + typo, api.get("suggestion").textValue());
        String suggestion = api.get("suggestion").asText();
        browse("viden-mente-du", browser -> {
            signIn(browser, "/?q=" + typo, User.FREDERIKSSUND);
            String offer = browser.awaitText("#mente-du", t -> !t.isEmpty());
            assertEquals("Mente du " + suggestion + "?", offer);
            browser.find("#mente-du a").click();
            browser.awaitUrl(u -> u.endsWith("?q=" + URLEncoder.encode(suggestion, StandardCharsets.UTF_8)));
            browser.await("#hits .hit");
        });
    }

    @Test
    public void anEditorWritesFindsEditsAndDeletesAGuide() throws Exception {
        String title = "Kaffeklub for nye elever i Frederikssund";
        browse("viden-redaktoer", browser -> {
            signIn(browser, "/", User.FREDERIKSSUND);
            browser.await("#ny-vejledning").click();
            browser.awaitUrl(u -> u.endsWith("/?ny"));
            // an empty form is refused in Danish, naming the fields
            browser.await("#udgiv").click();
            String refusal = browser.awaitText("#formularfejl [role=alert]", t -> !t.isEmpty());
            assertTrue(refusal, refusal.contains("Titel: skal udfyldes") && refusal.contains("Målgruppe"));

            browser.find("#titel").type(title);
            browser.find("#resume").type("Hver fredag mødes nye elever til kaffe og en snak om oplæringen.");
            browser.find("#tekst").type("## Hvornår\n\nHver fredag kl. 14 i kantinen på **Kaffeklubbens** faste bord.\n\n- Tag gerne din buddy med\n");
            browser.find("#maalgruppe-elev").click();
            browser.find("#maalgruppe-vejleder").click();
            browser.find("#emner").type("introduktion, trivsel");
            browser.script("document.getElementById('uddannelse').value = 'SSH'");
            browser.fullPageScreenshot("viden-editor-desktop", DESKTOP_WIDTH);
            browser.find("#udgiv").click();

            browser.awaitText("#vejledning-titel", title::equals);
            assertEquals("Vejledningen er udgivet.", browser.find("#besked").text());
            assertEquals("Kaffeklubbens", browser.find("#vejledning .guide-body strong").text());
            String guideUrl = browser.awaitUrl(u -> u.contains("?guide="));
            String id = guideUrl.substring(guideUrl.indexOf("?guide=") + 7);
            JsonNode saved = get(User.FREDERIKSSUND, M + "/guides/" + id).expect(200).json();
            assertEquals("250", saved.get("municipality").asText());
            assertEquals("SSH", saved.get("programme").asText());

            // found by search (the index follows writes within a second), and only in Frederikssund
            browser.waitFor("the new guide among the hits", () -> {
                browser.open(BASE + "/?q=kaffeklub");
                browser.await("#antal");
                return browser.findAll("#hits .hit-link").stream().anyMatch(a -> a.text().equals(title)) ? true : null;
            });
            assertEquals(0, get(User.AARHUS, "/api/v1/municipalities/751/search?q=kaffeklub").expect(200).json().get("total").asInt());

            // edit
            browser.open(guideUrl);
            browser.await("#rediger").click();
            browser.awaitUrl(u -> u.contains("?rediger="));
            Element titleField = browser.await("#titel");
            assertEquals(title, titleField.property("value"));
            titleField.clear().type(title + " og omegn");
            browser.find("#udgiv").click();
            browser.awaitText("#vejledning-titel", (title + " og omegn")::equals);
            assertEquals("Ændringerne er gemt.", browser.find("#besked").text());

            // delete, after a confirmation
            browser.find("#slet").click();
            browser.await("#slet-bekraeft").click();
            browser.awaitText("#besked", t -> t.contains("er slettet"));
            get(User.FREDERIKSSUND, M + "/guides/" + id).expect(404);
        });
    }

    @Test
    public void onlyOwnGuidesCanBeEditedAndThePageFitsAPhone() throws Exception {
        browse("viden-telefon", PHONE_WIDTH, browser -> {
            signIn(browser, "/?q=" + URLEncoder.encode("voksenelevløn", StandardCharsets.UTF_8), User.FREDERIKSSUND);
            browser.await("#hits .hit");
            assertTrue("no sideways scrolling",
                    browser.script("return document.documentElement.scrollWidth <= window.innerWidth").asBoolean());
            browser.fullPageScreenshot("viden-resultater-telefon", PHONE_WIDTH);
            browser.find("#hits .hit-link").click();
            browser.await("#vejledning-titel");
            String url = browser.awaitUrl(u -> u.contains("?guide="));
            JsonNode guide = get(User.FREDERIKSSUND, M + "/guides/" + url.substring(url.indexOf("?guide=") + 7)).expect(200).json();
            // a shipped (national) guide has no edit or delete buttons, the municipality's own has
            browser.await("#vejledning .guide-body");
            assertEquals(!guide.get("national").asBoolean(), !browser.findAll("#rediger").isEmpty());
            assertEquals(!guide.get("national").asBoolean(), !browser.findAll("#slet").isEmpty());
            assertTrue(browser.script("return document.documentElement.scrollWidth <= window.innerWidth").asBoolean());
            browser.fullPageScreenshot("viden-vejledning-telefon", PHONE_WIDTH);
        });
    }

    private static int count(String heading) {
        Matcher m = COUNT.matcher(heading);
        if (heading.startsWith("Ingen vejledninger")) {
            return 0;
        }
        assertTrue("a count in: " + heading, m.find());
        return Integer.parseInt(m.group(1));
    }
}
