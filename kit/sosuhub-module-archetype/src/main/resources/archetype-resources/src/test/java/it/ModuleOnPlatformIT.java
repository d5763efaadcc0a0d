package ${package}.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This module against a running SOSU Hub (./run.sh of the platform, demo mode): installs the KAR this build made,
 * starts its feature, switches the module on in one municipality and uses it over REST, SOAP and its page.
 * Run with {@code mvn verify -Pplatform} (-Dsosuhub.url=..., -Dsosuhub.admin=user:password,
 * -Dsosuhub.user=user:password of the municipality's administrator, -Dsosuhub.municipality=code).
 */
class ModuleOnPlatformIT {

    private static final String MODULE = "${moduleId}";
    private static final String FEATURE = "${artifactId}";
    private static final String URL = System.getProperty("sosuhub.url", "http://localhost:8181");
    private static final String ADMIN = System.getProperty("sosuhub.admin", "admin:admin");
    private static final String USER = System.getProperty("sosuhub.user", "frederikssund:frederikssund");
    private static final String CODE = System.getProperty("sosuhub.municipality", "250");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String karName;

    record Answer(int status, String body) {
    }

    @BeforeAll
    static void install() throws Exception {
        Answer kar = send(ADMIN, "POST", "/api/v1/kars", "application/octet-stream",
                HttpRequest.BodyPublishers.ofFile(Path.of(System.getProperty("module.kar"))));
        assertEquals(201, kar.status(), kar.body());
        karName = field(kar.body(), "name");
        assertEquals(200, send(ADMIN, "PUT", "/api/v1/features/" + FEATURE, "application/json",
                json("{\"installed\": true}")).status());
        awaitStatus(ADMIN, "/api/v1/modules", 200, MODULE);
        assertEquals(200, send(USER, "PUT", "/api/v1/municipalities/" + CODE + "/modules/" + MODULE,
                "application/json", json("{\"enabled\": true}")).status());
        awaitStatus(USER, "/api/v1/municipalities/" + CODE + "/" + MODULE + "/items", 200, "[");
    }

    @AfterAll
    static void uninstall() throws Exception {
        if (karName != null) {
            send(ADMIN, "DELETE", "/api/v1/kars/" + karName, null, HttpRequest.BodyPublishers.noBody());
        }
    }

    @Test
    void storesItemsOverRestAndSoap() throws Exception {
        String items = "/api/v1/municipalities/" + CODE + "/" + MODULE + "/items";
        Answer created = send(USER, "POST", items, "application/json",
                json("{\"title\": \"Forflytningskursus\", \"description\": \"Hos ergoterapeuten\", \"date\": \"2027-03-01\"}"));
        assertEquals(201, created.status(), created.body());
        String id = field(created.body(), "id");
        assertTrue(send(USER, "GET", items + "/" + id, null, HttpRequest.BodyPublishers.noBody()).body().contains("Forflytningskursus"));
        Answer invalid = send(USER, "POST", items, "application/json", json("{\"title\": \"\"}"));
        assertEquals(422, invalid.status(), invalid.body());
        String soap = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<m:listItems xmlns:m=\"urn:sosuhub:" + MODULE + "\"><municipality>" + CODE + "</municipality></m:listItems>"
                + "</soapenv:Body></soapenv:Envelope>";
        Answer listed = send(USER, "POST", "/soap/" + MODULE, "text/xml; charset=UTF-8", json(soap));
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("Forflytningskursus"), listed.body());
        assertEquals(204, send(USER, "DELETE", items + "/" + id, null, HttpRequest.BodyPublishers.noBody()).status());
        assertEquals(200, send(null, "GET", "/" + MODULE, null, HttpRequest.BodyPublishers.noBody()).status());
    }

    private static HttpRequest.BodyPublisher json(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    private static void awaitStatus(String user, String path, int status, String contains) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        Answer last = null;
        while (System.currentTimeMillis() < deadline) {
            last = send(user, "GET", path, null, HttpRequest.BodyPublishers.noBody());
            if (last.status() == status && last.body().contains(contains)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + ": " + last);
    }

    private static Answer send(String user, String method, String path, String type, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }
}
