package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import javax.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The knowledge module in the running platform: shipped guides imported and searchable, a municipality's own
 * guides written through the API and followed by the index, tenant isolation, odd input, the module switch,
 * SOAP, and an index rebuilt from the database after it was damaged.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class KnowledgeIT extends SosuHubTestSupport {

    private static final String F = "/api/v1/municipalities/250";
    private static final String A = "/api/v1/municipalities/751";
    private static final String NEW_GUIDE = "{\"title\":\"Kanotur for nye elever\",\"summary\":\"Ryst sammen på vandet.\","
            + "\"body\":\"# Kanotur\\n\\nVi padler en **kanotur** på fjorden i første uge.\\n\\n| dag | sted |\\n|---|---|\\n| mandag | fjorden |\","
            + "\"audience\":[\"elev\",\"vejleder\"],\"topics\":[\"Introduktion\",\"trivsel\"],\"programme\":\"SSH\"}";

    @Inject
    protected BundleContext context;

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    private Answer search(User user, String base, String query) {
        return get(user, base + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.json().get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static void assertInTop(int n, String id, Answer answer) {
        List<String> ids = ids(answer);
        assertTrue(id + " in the top " + n + " of " + ids, ids.subList(0, Math.min(n, ids.size())).contains(id));
    }

    /** Polls the search until the condition holds, for at most two seconds (the index follows writes at once). */
    private Answer searchUntil(User user, String base, String query, java.util.function.Predicate<Answer> condition) {
        long deadline = System.currentTimeMillis() + 2_000;
        Answer answer = search(user, base, query).expect(200);
        while (!condition.test(answer) && System.currentTimeMillis() < deadline) {
            sleep(50);
            answer = search(user, base, query).expect(200);
        }
        assertTrue("search for '" + query + "' within 2 s: " + answer.text(), condition.test(answer));
        return answer;
    }

    @Test
    public void theShippedGuidesAreImportedAndFound() {
        JsonNode list = get(User.FREDERIKSSUND, F + "/guides").expect(200).json();
        assertEquals("45 national guides and Frederikssund's 2", 47, list.get("total").asInt());
        assertEquals(47, get(User.AARHUS, A + "/guides").expect(200).json().get("total").asInt());

        Answer pay = search(User.FREDERIKSSUND, F, "voksenelevløn").expect(200);
        assertEquals("elevloen-og-voksenelevloen", ids(pay).get(0));
        JsonNode first = pay.json().get("hits").get(0);
        assertTrue(first.get("snippet").asText(), first.get("snippet").asText().contains("<mark>"));
        assertFalse(first.get("title").asText().isEmpty());
        assertFalse(first.get("summary").asText().isEmpty());
        assertTrue(first.get("score").asDouble() > 0);
        assertTrue(pay.json().get("total").asLong() >= 1);
        assertTrue(pay.json().get("suggestion").isNull());
        JsonNode facets = pay.json().get("facets");
        assertTrue(facets.toString(), facets.get("audience").size() > 0 && facets.get("topics").size() > 0
                && facets.get("programme").size() > 0);

        assertInTop(5, "fra-ssh-til-ssa", search(User.AARHUS, A, "hvordan bliver jeg assistent når jeg er hjælper").expect(200));
        assertInTop(3, "oplaeringsvejlederens-rolle", search(User.AARHUS, A, "oplaeringsvejleder").expect(200));

        Answer misspelt = search(User.AARHUS, A, "sygefravr").expect(200);
        assertEquals("sygefravær", misspelt.json().get("suggestion").asText());
        assertInTop(5, "sygefravaerssamtale-med-elev", misspelt);

        Answer filtered = get(User.FREDERIKSSUND, F + "/search?q=samtale&audience=leder&audience=ssh,ssa&topic=Fastholdelse").expect(200);
        long all = search(User.FREDERIKSSUND, F, "samtale").json().get("total").asLong();
        assertTrue(filtered.text(), filtered.json().get("total").asLong() > 0 && filtered.json().get("total").asLong() < all);

        JsonNode browse = get(User.FREDERIKSSUND, F + "/search").expect(200).json();
        assertEquals(47, browse.get("total").asInt());
        assertEquals(2, get(User.FREDERIKSSUND, F + "/search?page=2").expect(200).json().get("page").asInt());

        JsonNode guide = get(User.FREDERIKSSUND, F + "/guides/elevloen-og-voksenelevloen").expect(200).json();
        assertEquals("national", guide.get("municipality").asText());
        assertTrue(guide.get("national").asBoolean());
        assertTrue(guide.get("html").asText(), guide.get("html").asText().contains("<h1>"));
        assertTrue(guide.get("body").asText().startsWith("#"));

        JsonNode suggest = get(User.FREDERIKSSUND, F + "/suggest?prefix=voksenel").expect(200).json();
        assertTrue(suggest.toString(), suggest.get("suggestions").toString().contains("voksenelevløn"));
    }

    @Test
    public void aMunicipalitysOwnGuidesAreItsAloneAndTheIndexFollowsEveryWrite() {
        Answer created = post(User.FREDERIKSSUND, F + "/guides", NEW_GUIDE).expect(201);
        String id = created.json().get("id").asText();
        try {
            assertTrue(id, id.startsWith("250-kanotur-for-nye-elever"));
            assertEquals("250", created.json().get("municipality").asText());
            assertEquals("[\"elev\",\"vejleder\"]", created.json().get("audience").toString());
            assertEquals("[\"introduktion\",\"trivsel\"]", created.json().get("topics").toString());
            assertTrue(created.json().get("html").asText(), created.json().get("html").asText().contains("<table>"));

            // Frederikssund finds it at once, everywhere; Aarhus nowhere
            Answer found = searchUntil(User.FREDERIKSSUND, F, "kanotur", a -> ids(a).contains(id));
            assertTrue(found.text(), found.text().contains("<mark>kanotur</mark>"));
            assertTrue(get(User.FREDERIKSSUND, F + "/search?q=kanotur&topic=introduktion").json().toString().contains(id));
            assertTrue(get(User.FREDERIKSSUND, F + "/suggest?prefix=kanot").expect(200).text().contains("Kanotur for nye elever"));
            assertTrue(get(User.FREDERIKSSUND, F + "/guides").json().toString().contains(id));
            assertEquals(id, get(User.FREDERIKSSUND, F + "/guides/" + id).expect(200).json().get("id").asText());

            assertFalse(search(User.AARHUS, A, "kanotur").expect(200).text().contains(id));
            assertFalse(get(User.AARHUS, A + "/suggest?prefix=kanot").expect(200).text().contains("Kanotur"));
            assertFalse(get(User.AARHUS, A + "/guides").json().toString().contains(id));
            get(User.AARHUS, A + "/guides/" + id).problem(404, "not-found");
            put(User.AARHUS, A + "/guides/" + id, NEW_GUIDE).problem(404, "not-found");
            send(User.AARHUS, "DELETE", A + "/guides/" + id, null, null).problem(404, "not-found");
            get(User.AARHUS, F + "/guides/" + id).problem(403, "forbidden");
            put(User.AARHUS, F + "/guides/" + id, NEW_GUIDE).problem(403, "forbidden");
            get(User.AARHUS, F + "/search?q=kanotur").problem(403, "forbidden");

            // an update is searchable at once, and the old words are gone
            JsonNode updated = put(User.FREDERIKSSUND, F + "/guides/" + id, NEW_GUIDE.replace("Kanotur", "Sommerfest")
                    .replace("kanotur", "sommerfest")).expect(200).json();
            assertEquals(id, updated.get("id").asText());
            assertEquals("Sommerfest for nye elever", updated.get("title").asText());
            searchUntil(User.FREDERIKSSUND, F, "sommerfest", a -> ids(a).contains(id));
            searchUntil(User.FREDERIKSSUND, F, "kanotur", a -> !ids(a).contains(id));

            // invalid writes change nothing
            Answer invalid = put(User.FREDERIKSSUND, F + "/guides/" + id,
                    "{\"title\":\"\",\"summary\":\"s\",\"body\":\"b\",\"audience\":[\"chef\"],\"topics\":[]}").problem(422, "validation");
            assertTrue(invalid.text(), invalid.text().contains("\"field\":\"audience\"") && invalid.text().contains("\"field\":\"title\""));
            post(User.FREDERIKSSUND, F + "/guides", "").problem(422, "validation");
            assertEquals("Sommerfest for nye elever", get(User.FREDERIKSSUND, F + "/guides/" + id).json().get("title").asText());
        } finally {
            send(User.FREDERIKSSUND, "DELETE", F + "/guides/" + id, null, null).expect(204);
        }
        searchUntil(User.FREDERIKSSUND, F, "sommerfest", a -> !ids(a).contains(id));
        get(User.FREDERIKSSUND, F + "/guides/" + id).problem(404, "not-found");
        assertEquals(47, get(User.FREDERIKSSUND, F + "/guides").json().get("total").asInt());
    }

    @Test
    public void nationalGuidesAreReadOnlyAndShippedMunicipalGuidesStayWithTheirMunicipality() {
        put(User.FREDERIKSSUND, F + "/guides/elevloen-og-voksenelevloen", NEW_GUIDE).problem(403, "forbidden");
        send(User.ADMIN, "DELETE", F + "/guides/elevloen-og-voksenelevloen", null, null).problem(403, "forbidden");
        get(User.FREDERIKSSUND, F + "/guides/elevloen-og-voksenelevloen").expect(200);

        get(User.AARHUS, A + "/guides/aarhus-sosu-plus").expect(200);
        get(User.FREDERIKSSUND, F + "/guides/aarhus-sosu-plus").problem(404, "not-found");
        assertFalse(search(User.FREDERIKSSUND, F, "SOSU Plus Aarhus").text().contains("aarhus-sosu-plus"));
        get(User.FREDERIKSSUND, F + "/guides/no-such-guide").problem(404, "not-found");
    }

    @Test
    public void badParametersAre422AndOddQueriesNeverFail() {
        get(User.FREDERIKSSUND, F + "/search?q=elev&audience=chef").problem(422, "validation");
        get(User.FREDERIKSSUND, F + "/search?q=elev&page=abc").problem(422, "validation");
        get(User.FREDERIKSSUND, F + "/search?q=elev&page=0").problem(422, "validation");
        get(User.FREDERIKSSUND, F + "/search?q=elev&page=101").problem(422, "validation");
        post(User.FREDERIKSSUND, F + "/guides", NEW_GUIDE.replace("\"elev\"", "\"chef\"")).problem(422, "validation");
        post(User.FREDERIKSSUND, F + "/guides", NEW_GUIDE.replace("\"SSH\"", "\"EUX\"")).problem(422, "validation");
        post(User.FREDERIKSSUND, F + "/guides", "{\"title\": \"x\", ").problem(400, "malformed-json");
        assertEquals(47, get(User.FREDERIKSSUND, F + "/guides").json().get("total").asInt());

        List<String> nasty = new ArrayList<>(Arrays.asList("\"", "\"løn", "(", ")", "[", "]", "{}", "elev AND (", "AND",
                "OR NOT", "*", "?", "elev*", "*:*", "title:elev", "\\", "~", "elev~2", "/regex[/", "^", "!", "&&", "||",
                "-", "+-", "<script>alert(1)</script>", "'; DROP TABLE guide; --", "\u0000", "\uD83D\uDE00", " ", "ø"));
        nasty.add("løn ".repeat(400));
        nasty.add("x".repeat(3000));
        for (String q : nasty) {
            Answer answer = search(User.FREDERIKSSUND, F, q);
            assertEquals("search for " + q.substring(0, Math.min(q.length(), 30)) + ": " + answer.text(), 200, answer.status());
            assertTrue(answer.json().get("total").asLong() >= 0);
            Answer suggest = get(User.FREDERIKSSUND, F + "/suggest?prefix=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals("suggest for " + q.substring(0, Math.min(q.length(), 30)), 200, suggest.status());
        }
    }

    @Test
    public void aDisabledModuleAnswers403InThatMunicipalityOnly() {
        put(User.FREDERIKSSUND, F + "/modules/knowledge", "{\"enabled\":false}").expect(200);
        try {
            Answer refused = search(User.FREDERIKSSUND, F, "elev").problem(403, "module-disabled");
            assertEquals("knowledge", refused.json().get("module").asText());
            get(User.FREDERIKSSUND, F + "/guides").problem(403, "module-disabled");
            get(User.FREDERIKSSUND, F + "/suggest?prefix=el").problem(403, "module-disabled");
            post(User.FREDERIKSSUND, F + "/guides", NEW_GUIDE).problem(403, "module-disabled");
            Answer soap = soap(User.FREDERIKSSUND, "knowledge", "<k:search xmlns:k=\"urn:sosuhub:knowledge\">"
                    + "<municipality>250</municipality><query>elev</query></k:search>").expect(500);
            assertTrue(soap.text(), soap.text().contains("module-disabled"));
            search(User.AARHUS, A, "elev").expect(200);
        } finally {
            put(User.FREDERIKSSUND, F + "/modules/knowledge", "{\"enabled\":true}").expect(200);
        }
        search(User.FREDERIKSSUND, F, "elev").expect(200);
    }

    @Test
    public void theSameOverSoap() {
        await(User.NOBODY, "/soap/knowledge?wsdl", a -> a.status() == 200);
        String wsdl = get(User.NOBODY, "/soap/knowledge?wsdl").text();
        for (String op : List.of("search", "getGuide", "createGuide", "updateGuide", "deleteGuide")) {
            assertTrue(op, wsdl.contains("\"" + op + "\""));
        }
        Answer found = soap(User.AARHUS, "knowledge", "<k:search xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                + "<query>voksenelevløn</query><audience>elev</audience></k:search>").expect(200);
        assertTrue(found.text(), found.text().contains("<id>elevloen-og-voksenelevloen</id>")
                && found.text().contains("&lt;mark") && found.text().contains("<kind>audience</kind>"));

        String create = "<k:createGuide xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality><guide>"
                + "<title>Cykelhjelm til hjemmeplejen</title><summary>Hvorfor og hvordan.</summary><body>Brug **cykelhjelm**.</body>"
                + "<audience>elev</audience><audience>leder</audience><topic>sikkerhed</topic></guide></k:createGuide>";
        Answer created = soap(User.AARHUS, "knowledge", create).expect(200);
        String id = created.text().replaceAll("(?s).*<id>([^<]+)</id>.*", "$1");
        assertTrue(created.text(), id.startsWith("751-cykelhjelm") && created.text().contains("&lt;strong"));
        try {
            assertTrue(soap(User.AARHUS, "knowledge", "<k:search xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                    + "<query>cykelhjelm</query></k:search>").expect(200).text().contains("<id>" + id + "</id>"));
            Answer hidden = soap(User.FREDERIKSSUND, "knowledge", "<k:getGuide xmlns:k=\"urn:sosuhub:knowledge\">"
                    + "<municipality>250</municipality><id>" + id + "</id></k:getGuide>").expect(500);
            assertTrue(hidden.text(), hidden.text().contains("soap:Client") && hidden.text().contains("not-found"));
            Answer updated = soap(User.AARHUS, "knowledge", "<k:updateGuide xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                    + "<id>" + id + "</id>" + create.replaceAll("(?s).*(<guide>.*</guide>).*", "$1").replace("Cykelhjelm til", "Hjelm i")
                    + "</k:updateGuide>").expect(200);
            assertTrue(updated.text(), updated.text().contains("<title>Hjelm i hjemmeplejen</title>"));
        } finally {
            soap(User.AARHUS, "knowledge", "<k:deleteGuide xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                    + "<id>" + id + "</id></k:deleteGuide>").expect(200);
        }
        assertFalse(search(User.AARHUS, A, "cykelhjelm").text().contains(id));

        Answer badAudience = soap(User.AARHUS, "knowledge", "<k:search xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                + "<query>elev</query><audience>chef</audience></k:search>").expect(500);
        assertTrue(badAudience.text(), badAudience.text().contains("soap:Client") && badAudience.text().contains("<error field=\"audience\">"));
        Answer badPage = soap(User.AARHUS, "knowledge", "<k:search xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                + "<query>elev</query><page>tre</page></k:search>").expect(500);
        assertTrue(badPage.text(), badPage.text().contains("soap:Client"));
        Answer national = soap(User.AARHUS, "knowledge", "<k:deleteGuide xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                + "<id>elevloen-og-voksenelevloen</id></k:deleteGuide>").expect(500);
        assertTrue(national.text(), national.text().contains("urn:sosuhub:problem:forbidden"));
        Answer cross = soap(User.FREDERIKSSUND, "knowledge", "<k:search xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                + "<query>elev</query></k:search>").expect(500);
        assertTrue(cross.text(), cross.text().contains("urn:sosuhub:problem:forbidden"));
        Answer missing = soap(User.AARHUS, "knowledge", "<k:createGuide xmlns:k=\"urn:sosuhub:knowledge\"><municipality>751</municipality>"
                + "<guide><title>Kun titel</title></guide></k:createGuide>").expect(500);
        assertTrue(missing.text(), missing.text().contains("<error field=\"body\">"));
    }

    @Test
    public void aDamagedOrMissingIndexIsRebuiltFromTheDatabaseWithoutImportingTwice() throws Exception {
        Bundle knowledge = knowledgeBundle();
        Path index = Path.of(System.getProperty("karaf.data"), "knowledge", "index");
        awaitSearch(); // the index opens 10 s after the start or at its first use: this test may run first
        assertTrue(index.toString(), Files.isDirectory(index));
        int guides = get(User.ADMIN, F + "/guides").expect(200).json().get("total").asInt();

        knowledge.stop();
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.write(file, "kaputt".getBytes(StandardCharsets.UTF_8));
            }
        }
        knowledge.start();
        awaitSearch();
        assertEquals(guides, get(User.ADMIN, F + "/guides").expect(200).json().get("total").asInt());

        knowledge.stop();
        deleteTree(index);
        knowledge.start();
        awaitSearch();
        assertEquals(guides, get(User.ADMIN, F + "/guides").expect(200).json().get("total").asInt());
        assertNull(search(User.FREDERIKSSUND, F, "elev").json().get("suggestion").textValue());
    }

    @Test
    public void shippedGuidesAreImportedOnceAndUpdatedOnlyWhenNewerAndUntouched() throws Exception {
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"998\",\"name\":\"Prøvekommune\"}").expect(201);
        String m = "/api/v1/municipalities/998";
        Path file = Path.of(System.getProperty("karaf.home"), "content", "guides", "zz-importproeve.md");
        assertTrue(Files.isDirectory(file.getParent()));
        try {
            shipGuide(file, "2026-01-01", "Importprøve A");
            assertEquals("Importprøve A", importedTitle(m));
            shipGuide(file, "2026-02-01", "Importprøve B");
            assertEquals("a newer shipped text replaces an untouched one", "Importprøve B", importedTitle(m));
            shipGuide(file, "2026-01-15", "Importprøve C");
            assertEquals("an older shipped text does not", "Importprøve B", importedTitle(m));
            assertEquals(1, get(User.ADMIN, m + "/guides").json().get("items").findValuesAsText("id").stream()
                    .filter("zz-importproeve"::equals).count());

            put(User.ADMIN, m + "/guides/zz-importproeve", NEW_GUIDE.replace("Kanotur for nye elever", "Redigeret lokalt")).expect(200);
            shipGuide(file, "2026-03-01", "Importprøve D");
            assertEquals("an edited guide is the municipality's", "Redigeret lokalt", importedTitle(m));

            send(User.ADMIN, "DELETE", m + "/guides/zz-importproeve", null, null).expect(204);
            shipGuide(file, "2026-04-01", "Importprøve E");
            get(User.ADMIN, m + "/guides/zz-importproeve").problem(404, "not-found");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Ships a guide of municipality 998 and restarts the module, which imports the shipped guides as it starts. */
    private void shipGuide(Path file, String updated, String title) throws Exception {
        Files.writeString(file, "---\nid: zz-importproeve\ntitle: " + title + "\nsummary: Prøve på importen.\n"
                + "audience: [leder]\ntopics: [prøve]\nprogramme: null\nmunicipality: \"998\"\nupdated: " + updated
                + "\n---\n# " + title + "\n\nTekst.\n", StandardCharsets.UTF_8);
        Bundle knowledge = knowledgeBundle();
        knowledge.stop();
        knowledge.start(); // the import runs while the module starts
        awaitSearch();
    }

    private String importedTitle(String municipalityPath) {
        return get(User.ADMIN, municipalityPath + "/guides/zz-importproeve").expect(200).json().get("title").asText();
    }

    private Bundle knowledgeBundle() {
        Bundle bundle = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals("dk.sosuhub.knowledge")).findFirst().orElse(null);
        assertNotNull(bundle);
        return bundle;
    }

    /** Waits until the restarted module answers searches from its reopened index. */
    private void awaitSearch() {
        awaitPlatform();
        await(User.FREDERIKSSUND, F + "/search?q=" + URLEncoder.encode("voksenelevløn", StandardCharsets.UTF_8),
                a -> a.status() == 200 && a.json().get("hits").size() > 0
                        && "elevloen-og-voksenelevloen".equals(a.json().get("hits").get(0).get("id").asText()));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
