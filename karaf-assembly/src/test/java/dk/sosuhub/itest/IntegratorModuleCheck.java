package dk.sosuhub.itest;

import dk.sosuhub.itest.browser.Browser;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

/**
 * The module contract from an integrator's side, against a module generated from the archetype outside this
 * build: {@code .ci/run} generates {@code lokalekurser}, builds its KAR and runs this with
 * {@code -Dsosuhub.itest.kar=<the KAR>}. A platform administrator installs the KAR through the REST API, the
 * module is off in the municipalities that existed before (opt-in), works end to end over REST, SOAP and its page
 * once a municipality switches it on, loses its doors when uninstalled and gets its data back when reinstalled.
 * The gating and steady-state checks of {@link DoorsIT} run here as well, with the integrator's module among the
 * doors they enumerate. Not an {@code *IT}: the default build has no KAR to give it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IntegratorModuleCheck extends DoorsIT {

    private static final String MODULE = "lokalekurser";
    private static final String FEATURE = "lokalekurser";
    private static final String ITEMS_250 = "/api/v1/municipalities/250/" + MODULE + "/items";
    private static final String ITEMS_751 = "/api/v1/municipalities/751/" + MODULE + "/items";
    private static final String LIST_ITEMS = "<m:listItems xmlns:m=\"urn:sosuhub:" + MODULE + "\"><municipality>%s</municipality></m:listItems>";
    private static boolean installed;
    private static String karName;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(Arrays.asList(super.config()));
        options.add(systemProperty("sosuhub.itest.kar").value(System.getProperty("sosuhub.itest.kar", "")));
        return options.toArray(new Option[0]);
    }

    private static byte[] kar() {
        String path = System.getProperty("sosuhub.itest.kar", "");
        assertFalse("-Dsosuhub.itest.kar must name the generated module's KAR", path.isEmpty());
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs the module once for the class, checking the refusals and the opt-in on the way. */
    @Before
    public void moduleInstalled() {
        awaitPlatform();
        if (installed) {
            return;
        }
        String featuresBefore = get(User.ADMIN, "/api/v1/features").expect(200).text();
        // refused, and nothing changes
        sendBytes(User.ADMIN, "POST", "/api/v1/kars", "application/octet-stream", "not a zip".getBytes(StandardCharsets.UTF_8))
                .problem(422, "validation");
        Answer unresolved = sendBytes(User.ADMIN, "POST", "/api/v1/kars", "application/octet-stream", unresolvableKar());
        unresolved.problem(422, "validation");
        assertTrue(unresolved.text(), unresolved.text().contains("dk.example.missing"));
        Answer soapRefused = soap(User.ADMIN, "platform", "<p:installKar xmlns:p=\"urn:sosuhub:platform\"><archive>"
                + java.util.Base64.getEncoder().encodeToString(unresolvableKar()) + "</archive></p:installKar>");
        assertTrue(soapRefused.text(), soapRefused.status() == 500 && soapRefused.text().contains("dk.example.missing"));
        sendBytes(User.FREDERIKSSUND, "POST", "/api/v1/kars", "application/octet-stream", kar()).problem(403, "forbidden");
        assertEquals(featuresBefore, get(User.ADMIN, "/api/v1/features").expect(200).text());
        assertEquals("[]", get(User.ADMIN, "/api/v1/kars").expect(200).text());

        Answer kar = sendBytes(User.ADMIN, "POST", "/api/v1/kars", "application/octet-stream", kar()).expect(201);
        karName = kar.json().get("name").asText();
        assertEquals(FEATURE, kar.json().get("features").get(0).asText());
        assertTrue(get(User.ADMIN, "/api/v1/kars").expect(200).text().contains(karName));
        assertTrue(shell("kar:list"), shell("kar:list").contains(karName));
        Answer feature = get(User.ADMIN, "/api/v1/features/" + FEATURE).expect(200);
        assertFalse(feature.json().get("installed").asBoolean());
        put(User.ADMIN, "/api/v1/features/" + FEATURE, "{\"installed\": true}").expect(200);
        await(User.ADMIN, "/api/v1/modules", a -> a.status() == 200 && a.text().contains("\"" + MODULE + "\""));
        await(User.FREDERIKSSUND, ITEMS_250, a -> a.status() == 403);

        // municipalities that existed before the module opt in; until then every face says the module is off
        assertFalse(moduleEnabled(User.FREDERIKSSUND, "250"));
        assertFalse(moduleEnabled(User.AARHUS, "751"));
        assertEquals(MODULE, get(User.FREDERIKSSUND, ITEMS_250).problem(403, "module-disabled").json().get("module").asText());
        Answer soapOff = soap(User.FREDERIKSSUND, MODULE, String.format(LIST_ITEMS, "250"));
        assertTrue(soapOff.text(), soapOff.text().contains("module-disabled") && soapOff.text().contains("<module>" + MODULE + "</module>"));
        assertEquals(403, get(User.FREDERIKSSUND, "/" + MODULE).status());
        put(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules/" + MODULE, "{\"enabled\": true}").expect(200);
        get(User.FREDERIKSSUND, ITEMS_250).expect(200);
        get(User.AARHUS, ITEMS_751).problem(403, "module-disabled");
        installed = true;
    }

    @Test
    public void theGeneratedModuleWorksEndToEnd() {
        Answer created = post(User.FREDERIKSSUND, ITEMS_250,
                "{\"title\": \"Forflytning for øvede\", \"description\": \"Kursus på Æblegården\", \"date\": \"2027-03-01\"}").expect(201);
        long id = created.json().get("id").asLong();
        assertEquals("Forflytning for øvede", get(User.FREDERIKSSUND, ITEMS_250 + "/" + id).expect(200).json().get("title").asText());
        put(User.FREDERIKSSUND, ITEMS_250 + "/" + id, "{\"title\": \"Forflytning\", \"date\": \"2027-03-02\"}").expect(200);
        assertEquals("2027-03-02", get(User.FREDERIKSSUND, ITEMS_250 + "/" + id).expect(200).json().get("date").asText());
        Answer invalid = post(User.FREDERIKSSUND, ITEMS_250, "{\"title\": \" \"}").problem(422, "validation");
        assertEquals("title", invalid.json().get("errors").get(0).get("field").asText());
        post(User.FREDERIKSSUND, ITEMS_250, "{\"title\": ").expect(400);
        // tenants: another municipality's user, and the administrator in a municipality that has not opted in
        get(User.AARHUS, ITEMS_250).problem(403, "forbidden");
        get(User.ADMIN, ITEMS_751).problem(403, "module-disabled");
        get(User.ADMIN, ITEMS_250 + "/" + id).expect(200);

        // SOAP at /soap/<moduleId>
        Answer soapCreated = soap(User.FREDERIKSSUND, MODULE, "<m:createItem xmlns:m=\"urn:sosuhub:" + MODULE + "\">"
                + "<municipality>250</municipality><item><title>Demens – ny viden</title><date>2027-04-01</date></item></m:createItem>");
        assertEquals(soapCreated.text(), 200, soapCreated.status());
        Answer listed = soap(User.FREDERIKSSUND, MODULE, String.format(LIST_ITEMS, "250")).expect(200);
        assertTrue(listed.text(), listed.text().contains("Demens – ny viden") && listed.text().contains("Forflytning"));
        Answer soapCross = soap(User.AARHUS, MODULE, String.format(LIST_ITEMS, "250"));
        assertTrue(soapCross.text(), soapCross.text().contains("urn:sosuhub:problem:forbidden"));

        // its Danish page
        Answer page = get(User.NOBODY, "/" + MODULE).expect(200);
        assertTrue(page.text(), page.text().contains("Lokale kurser") && page.text().contains("lang=\"da\""));
        get(User.NOBODY, "/" + MODULE + "/items.js").expect(200);
        assertTrue(get(User.NOBODY, "/api/v1/openapi.json").expect(200).text().contains("/municipalities/{code}/" + MODULE + "/items/{id}"));

        // uninstalled, its doors are gone; reinstalled, its data is back
        put(User.ADMIN, "/api/v1/features/" + FEATURE, "{\"installed\": false}").expect(200);
        await(User.FREDERIKSSUND, ITEMS_250, a -> a.status() == 404);
        await(User.NOBODY, "/soap/" + MODULE + "?wsdl", a -> a.status() == 404);
        await(User.NOBODY, "/" + MODULE, a -> a.status() == 404);
        put(User.ADMIN, "/api/v1/features/" + FEATURE, "{\"installed\": true}").expect(200);
        await(User.FREDERIKSSUND, ITEMS_250 + "/" + id, a -> a.status() == 200 && a.text().contains("Forflytning"));

        // the KAR itself: removed, its feature is gone; brought back, everything is as before
        send(User.ADMIN, "DELETE", "/api/v1/kars/" + karName, null, null).expect(204);
        await(User.FREDERIKSSUND, ITEMS_250, a -> a.status() == 404);
        get(User.ADMIN, "/api/v1/features/" + FEATURE).problem(404, "not-found");
        send(User.ADMIN, "DELETE", "/api/v1/kars/" + karName, null, null).problem(404, "not-found");
        sendBytes(User.ADMIN, "POST", "/api/v1/kars", "application/octet-stream", kar()).expect(201);
        put(User.ADMIN, "/api/v1/features/" + FEATURE, "{\"installed\": true}").expect(200);
        await(User.FREDERIKSSUND, ITEMS_250 + "/" + id, a -> a.status() == 200 && a.text().contains("Forflytning"));
        assertTrue(moduleEnabled(User.FREDERIKSSUND, "250"));
        assertFalse(moduleEnabled(User.AARHUS, "751"));
    }

    @Test
    public void itsDanishPageSignsInListsAndAddsItems() throws Exception {
        try (Browser browser = Browser.start(1280, 900)) {
            try {
                browser.open(BASE + "/" + MODULE);
                browser.await("#brugernavn").type(User.FREDERIKSSUND.username);
                browser.find("#adgangskode").type(User.FREDERIKSSUND.password);
                browser.find("#log-ind button[type=submit]").click();
                browser.awaitText("#bruger", User.FREDERIKSSUND.username::equals);
                browser.awaitText("h1", t -> t.contains("Lokale kurser") && t.contains("Frederikssund"));
                browser.await("#titel").type("Hygiejne på Æblegården");
                browser.find("#nyt-punkt button[type=submit]").click();
                browser.awaitText("#punkter", t -> t.contains("Hygiejne på Æblegården"));
                // an empty title is refused with the field named in Danish, and nothing is stored
                browser.find("#titel").clear();
                browser.script("document.getElementById('titel').removeAttribute('required')");
                browser.find("#nyt-punkt button[type=submit]").click();
                browser.awaitText("#nyt-punkt [role=alert], #nyt-punkt .alert", t -> t.contains("Titel"));
            } catch (Exception | AssertionError e) {
                browser.screenshot("lokalekurser-page-failed");
                browser.savePage("lokalekurser-page-failed");
                throw e;
            }
        }
        assertEquals(1, countTitled("Hygiejne på Æblegården"));
    }

    private long countTitled(String title) {
        long n = 0;
        for (var item : get(User.FREDERIKSSUND, ITEMS_250).expect(200).json()) {
            n += item.get("title").asText().equals(title) ? 1 : 0;
        }
        return n;
    }

    private boolean moduleEnabled(User user, String code) {
        for (var module : get(user, "/api/v1/municipalities/" + code + "/modules").expect(200).json()) {
            if (module.get("id").asText().equals(MODULE)) {
                return module.get("enabled").asBoolean();
            }
        }
        throw new AssertionError("module " + MODULE + " is not listed for " + code);
    }

    /** A KAR whose one bundle imports a package nobody exports. */
    private static byte[] unresolvableKar() {
        try {
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            main.putValue("Bundle-ManifestVersion", "2");
            main.putValue("Bundle-SymbolicName", "dk.example.broken");
            main.putValue("Bundle-Version", "1.0.0");
            main.putValue("Import-Package", "dk.example.missing");
            ByteArrayOutputStream jar = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
                out.putNextEntry(new ZipEntry("dk/example/broken/README.txt"));
                out.write("broken".getBytes(StandardCharsets.UTF_8));
            }
            String features = "<features name=\"broken-1.0.0\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                    + "<feature name=\"broken\" version=\"1.0.0\"><feature>sosuhub-web</feature>"
                    + "<bundle>mvn:dk.example/broken/1.0.0</bundle></feature></features>";
            ByteArrayOutputStream kar = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(kar)) {
                out.putNextEntry(new ZipEntry("repository/dk/example/broken/1.0.0/broken-1.0.0-features.xml"));
                out.write(features.getBytes(StandardCharsets.UTF_8));
                out.putNextEntry(new ZipEntry("repository/dk/example/broken/1.0.0/broken-1.0.0.jar"));
                out.write(jar.toByteArray());
            }
            return kar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
