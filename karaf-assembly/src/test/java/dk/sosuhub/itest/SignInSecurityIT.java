package dk.sosuhub.itest;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.ConfigurationAdmin;

import javax.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The sign-in and the doors as an attacker meets them: guessing is throttled, failures cost the same for known and
 * unknown usernames, SOAP signs in before it reads a body and counts the body as it streams, answers carry no
 * internals and are not cached, and the Karaf console listens on the loopback interface only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SignInSecurityIT extends SosuHubTestSupport {

    private static final String ENVELOPE = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
            + "<s:listMunicipalities xmlns:s=\"urn:sosuhub:platform\"/></soapenv:Body></soapenv:Envelope>";

    @Inject
    private ConfigurationAdmin configurations;

    @Before
    public void setUp() {
        awaitPlatform();
        await(User.NOBODY, "/soap/platform?wsdl", a -> a.status() == 200);
    }

    private void createUser(String username, String password) {
        Answer created = post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"roles\":[\"education-team\"],\"municipality\":\"250\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
    }

    @Test
    public void fiveWrongPasswordsCloseTheDoorForThatUsernameFromHereEvenForTheRightOne() throws Exception {
        createUser("gaet-rest", "rigtigt-kodeord-1");
        for (int i = 1; i <= 5; i++) {
            send("gaet-rest", "forkert-" + i, "GET", "/api/v1/me", null, null).problem(401, "unauthorized");
        }
        HttpResponse<String> refused = raw("GET", "/api/v1/me", "gaet-rest", "rigtigt-kodeord-1", HttpRequest.BodyPublishers.noBody());
        assertEquals(refused.body(), 429, refused.statusCode());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue("Retry-After " + retryAfter, retryAfter > 800 && retryAfter <= 900);
        assertTrue(refused.body(), refused.body().contains("urn:sosuhub:problem:too-many-attempts"));

        // the same throttle guards SOAP: one sign-in, whatever the face
        HttpResponse<String> soap = raw("POST", "/soap/platform", "gaet-rest", "rigtigt-kodeord-1",
                HttpRequest.BodyPublishers.ofString(ENVELOPE));
        assertEquals(soap.body(), 429, soap.statusCode());
        assertTrue(soap.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    public void aFailedSignInCostsTheSameForAnUnknownUsername() {
        createUser("kendt-bruger", "rigtigt-kodeord-2");
        long known = medianNanos("kendt-bruger");
        long unknown = medianNanos("ukendt-bruger-xyz");
        // the hash is the cost: an unknown name that returned at once would be a hundred times cheaper than a known
        // one; a loaded machine makes single timings vary by a few times, hence the wide margin
        assertTrue("known " + known / 1_000_000 + " ms, unknown " + unknown / 1_000_000 + " ms", unknown > known / 10);
    }

    private long medianNanos(String username) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            send(username, "forkert-kodeord-" + i, "GET", "/api/v1/me", null, null).problem(401, "unauthorized");
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[2];
    }

    @Test
    public void soapRefusesAnUnauthenticatedChunkedBodyBeforeReadingIt() throws Exception {
        // a raw socket, so that we see the answer while the body is still being sent: one 64 kB chunk of an
        // announced-as-endless chunked body is all the server gets before it must say no
        try (java.net.Socket socket = new java.net.Socket("localhost", Integer.parseInt(PORT))) {
            socket.setSoTimeout(15_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /soap/students HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(statusLine, statusLine != null && statusLine.startsWith("HTTP/1.1 401"));
        }
    }

    @Test
    public void soapCutsAnAuthenticatedChunkedBodyAtTheLimit() throws Exception {
        // 11 MB of small comments: each passes the parser's own limits, so only counting the body can stop it
        StringBuilder body = new StringBuilder("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>");
        String comment = "<!--" + "x".repeat(1000) + "-->";
        while (body.length() < 11 * 1024 * 1024) {
            body.append(comment);
        }
        byte[] big = body.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = raw("POST", "/soap/platform", "admin", "admin",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        assertEquals(answer.body(), 413, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("payload-too-large"));
    }

    @Test
    public void soapFaultsTellNoInternals() throws Exception {
        String bad = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<s:getStudent xmlns:s=\"urn:sosuhub:students\"><municipality>250</municipality><id>not-a-number</id>"
                + "</s:getStudent></soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> answer = raw("POST", "/soap/students", "frederikssund", "frederikssund",
                HttpRequest.BodyPublishers.ofString(bad));
        assertEquals(answer.body(), 500, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("soap:Client"));
        for (String internal : new String[]{"Exception", "java.", "javax.", "org.apache", "Unmarshalling", "NumberFormat"}) {
            assertFalse(internal + " in " + answer.body(), answer.body().contains(internal));
        }
    }

    @Test
    public void answersWithPersonalDataAreNeitherCachedNorSniffed() throws Exception {
        for (HttpResponse<String> answer : new HttpResponse[]{
                raw("GET", "/api/v1/municipalities/250/students", "frederikssund", "frederikssund", HttpRequest.BodyPublishers.noBody()),
                raw("GET", "/api/v1/municipalities/250/students/999999", "frederikssund", "frederikssund", HttpRequest.BodyPublishers.noBody()),
                raw("POST", "/soap/platform", "admin", "admin", HttpRequest.BodyPublishers.ofString(ENVELOPE))}) {
            assertEquals(answer.uri() + " " + answer.body(), "no-store", answer.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    public void thePagesSignInWithASessionCookieAndACsrfToken() throws Exception {
        HttpResponse<String> signedIn = json("POST", "/api/v1/session", null, null,
                "{\"username\":\"frederikssund\",\"password\":\"frederikssund\"}");
        assertEquals(signedIn.body(), 201, signedIn.statusCode());
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie, setCookie.startsWith("SOSUHUB_SESSION=") && setCookie.contains("HttpOnly")
                && setCookie.contains("SameSite=Strict") && !setCookie.contains("Secure"));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = JSON.readTree(signedIn.body()).get("csrfToken").asText();
        assertFalse(signedIn.body(), signedIn.body().contains("frederikssund\",\"password"));

        assertEquals(200, json("GET", "/api/v1/me", cookie, null, null).statusCode());
        assertEquals(csrf, JSON.readTree(json("GET", "/api/v1/session", cookie, null, null).body()).get("csrfToken").asText());
        // an empty criterion: with the right token it reaches validation (422) and stores nothing either way
        String criterion = "{}";
        HttpResponse<String> forged = json("POST", "/api/v1/municipalities/250/kpis/success-criteria", cookie, null, criterion);
        assertEquals(forged.body(), 403, forged.statusCode());
        assertTrue(forged.body(), forged.body().contains("urn:sosuhub:problem:csrf"));
        assertEquals(403, json("POST", "/api/v1/municipalities/250/kpis/success-criteria", cookie, "forkert", criterion).statusCode());
        HttpResponse<String> made = json("POST", "/api/v1/municipalities/250/kpis/success-criteria", cookie, csrf, criterion);
        assertEquals(made.body(), 422, made.statusCode());

        assertEquals(403, json("DELETE", "/api/v1/session", cookie, null, null).statusCode());
        assertEquals(204, json("DELETE", "/api/v1/session", cookie, csrf, null).statusCode());
        assertEquals("signed out at once", 401, json("GET", "/api/v1/me", cookie, null, null).statusCode());
        assertEquals(401, json("GET", "/api/v1/session", cookie, null, null).statusCode());
        assertEquals(401, json("POST", "/api/v1/session", null, null,
                "{\"username\":\"frederikssund\",\"password\":\"forkert-igen\"}").statusCode());
    }

    @Test
    public void integratorsUseApiTokensThatCarryTheirOwnersRightsAndDieWhenRevoked() throws Exception {
        Answer created = post(User.ADMIN, "/api/v1/users", "{\"username\":\"lonsystem\",\"password\":\"integration-2026\","
                + "\"roles\":[\"integrator\"],\"municipality\":\"250\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
        String expires = java.time.LocalDate.now(DENMARK).plusDays(30).toString();
        send("lonsystem", "integration-2026", "POST", "/api/v1/me/tokens", "application/json",
                "{\"name\":\"Lønsystem\",\"expiresOn\":\"2020-01-01\"}").problem(422, "validation");
        send("lonsystem", "integration-2026", "POST", "/api/v1/me/tokens", "application/json",
                "{\"expiresOn\":\"" + expires + "\"}").problem(422, "validation");
        Answer issued = send("lonsystem", "integration-2026", "POST", "/api/v1/me/tokens", "application/json",
                "{\"name\":\"Lønsystem\",\"expiresOn\":\"" + expires + "\"}").expect(201);
        String token = issued.json().get("token").asText();
        long id = issued.json().get("id").asLong();
        assertTrue(token, token.startsWith("sosu_") && token.length() > 40);
        Answer listed = send("lonsystem", "integration-2026", "GET", "/api/v1/me/tokens", null, null).expect(200);
        assertEquals("Lønsystem", listed.json().get(0).get("name").asText());
        assertFalse("never the secret again", listed.text().contains(token) || listed.json().get(0).has("token"));

        assertEquals(200, bearer("GET", "/api/v1/municipalities/250/students", token).statusCode());
        assertEquals("its owner's municipality only", 403, bearer("GET", "/api/v1/municipalities/751/students", token).statusCode());
        assertEquals("its owner's roles only", 403, bearer("GET", "/api/v1/users", token).statusCode());
        send("aarhus", "aarhus", "DELETE", "/api/v1/me/tokens/" + id, null, null).problem(404, "not-found");

        assertEquals(204, send("lonsystem", "integration-2026", "DELETE", "/api/v1/me/tokens/" + id, null, null).status());
        assertEquals("revoked at once", 401, bearer("GET", "/api/v1/municipalities/250/students", token).statusCode());
        assertEquals(401, bearer("GET", "/api/v1/me", "sosu_made-up").statusCode());

        // SOAP takes the token too
        String adminToken = post(User.ADMIN, "/api/v1/me/tokens", "{\"name\":\"SOAP\",\"expiresOn\":\"" + expires + "\"}")
                .expect(201).json().get("token").asText();
        HttpRequest soap = HttpRequest.newBuilder(URI.create(BASE + "/soap/platform")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(ENVELOPE)).header("Content-Type", "text/xml; charset=UTF-8")
                .header("Authorization", "Bearer " + adminToken).build();
        HttpResponse<String> answer = CLIENT.send(soap, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(answer.body(), 200, answer.statusCode());
    }

    private HttpResponse<String> bearer(String method, String path, String token) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void aPasswordChangeOrRemovalEndsTheUsersSessionsAtOnce() throws Exception {
        createUser("skift-kode", "gammel-kode-2026");
        HttpResponse<String> signedIn = json("POST", "/api/v1/session", null, null,
                "{\"username\":\"skift-kode\",\"password\":\"gammel-kode-2026\"}");
        assertEquals(signedIn.body(), 201, signedIn.statusCode());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().replaceAll(";.*", "");
        assertEquals(200, json("GET", "/api/v1/me", cookie, null, null).statusCode());
        put(User.ADMIN, "/api/v1/users/skift-kode", "{\"roles\":[\"education-team\"],\"password\":\"ny-kode-efter-lk-2026\"}").expect(200);
        assertEquals(401, json("GET", "/api/v1/me", cookie, null, null).statusCode());

        String again = json("POST", "/api/v1/session", null, null,
                "{\"username\":\"skift-kode\",\"password\":\"ny-kode-efter-lk-2026\"}").headers()
                .firstValue("Set-Cookie").orElseThrow().replaceAll(";.*", "");
        assertEquals(200, json("GET", "/api/v1/me", again, null, null).statusCode());
        send(User.ADMIN, "DELETE", "/api/v1/users/skift-kode", null, null).expect(204);
        assertEquals(401, json("GET", "/api/v1/me", again, null, null).statusCode());
    }

    @Test
    public void usersChangeTheirOwnPasswordProvingTheCurrentOne() {
        createUser("selv-skift", "mit-gamle-kodeord-1");
        String path = "/api/v1/me/password";
        send("selv-skift", "mit-gamle-kodeord-1", "PUT", path, "application/json",
                "{\"currentPassword\":\"forkert-kodeord-1\",\"newPassword\":\"en helt ny saetning 2026\"}").problem(403, "forbidden");
        send("selv-skift", "mit-gamle-kodeord-1", "PUT", path, "application/json",
                "{\"currentPassword\":\"mit-gamle-kodeord-1\",\"newPassword\":\"kort\"}").problem(422, "validation");
        send("selv-skift", "mit-gamle-kodeord-1", "PUT", path, "application/json",
                "{\"currentPassword\":\"mit-gamle-kodeord-1\",\"newPassword\":\"selv-skift-er-mig-2026\"}").problem(422, "validation");
        send("selv-skift", "mit-gamle-kodeord-1", "PUT", path, "application/json",
                "{\"currentPassword\":\"mit-gamle-kodeord-1\"}").problem(422, "validation");
        send("selv-skift", "mit-gamle-kodeord-1", "GET", "/api/v1/me", null, null).expect(200);

        send("selv-skift", "mit-gamle-kodeord-1", "PUT", path, "application/json",
                "{\"currentPassword\":\"mit-gamle-kodeord-1\",\"newPassword\":\"en helt ny saetning 2026\"}").expect(204);
        send("selv-skift", "mit-gamle-kodeord-1", "GET", "/api/v1/me", null, null).problem(401, "unauthorized");
        send("selv-skift", "en helt ny saetning 2026", "GET", "/api/v1/me", null, null).expect(200);
    }

    @Test
    public void aUserSeesTheirSessionsAndSignsOneOrAllOthersOut() throws Exception {
        createUser("mange-steder", "flere-browsere-kode-1");
        String signIn = "{\"username\":\"mange-steder\",\"password\":\"flere-browsere-kode-1\"}";
        HttpResponse<String> first = json("POST", "/api/v1/session", null, null, signIn);
        String office = first.headers().firstValue("Set-Cookie").orElseThrow().replaceAll(";.*", "");
        String csrf = JSON.readTree(first.body()).get("csrfToken").asText();
        String home = json("POST", "/api/v1/session", null, null, signIn).headers().firstValue("Set-Cookie").orElseThrow()
                .replaceAll(";.*", "");
        String phone = json("POST", "/api/v1/session", null, null, signIn).headers().firstValue("Set-Cookie").orElseThrow()
                .replaceAll(";.*", "");

        HttpResponse<String> listed = json("GET", "/api/v1/session/all", office, null, null);
        assertEquals(listed.body(), 200, listed.statusCode());
        com.fasterxml.jackson.databind.JsonNode all = JSON.readTree(listed.body());
        assertEquals(3, all.size());
        assertEquals(1, java.util.stream.StreamSupport.stream(all.spliterator(), false)
                .filter(x -> x.get("current").asBoolean()).count());
        assertFalse("no token in the list", listed.body().contains(office.substring(office.indexOf('=') + 1)));

        // the phone's session, named by its id, ends at once; a change made with the cookie needs the CSRF token
        com.fasterxml.jackson.databind.JsonNode seenFromPhone = JSON.readTree(json("GET", "/api/v1/session/all", phone, null, null).body());
        String phoneId = java.util.stream.StreamSupport.stream(seenFromPhone.spliterator(), false)
                .filter(x -> x.get("current").asBoolean()).findFirst().orElseThrow().get("id").asText();
        assertEquals(403, json("DELETE", "/api/v1/session/all/" + phoneId, office, null, null).statusCode());
        assertEquals(204, json("DELETE", "/api/v1/session/all/" + phoneId, office, csrf, null).statusCode());
        assertEquals(401, json("GET", "/api/v1/me", phone, null, null).statusCode());
        assertEquals(404, json("DELETE", "/api/v1/session/all/" + phoneId, office, csrf, null).statusCode());

        assertEquals(204, json("DELETE", "/api/v1/session/others", office, csrf, null).statusCode());
        assertEquals(401, json("GET", "/api/v1/me", home, null, null).statusCode());
        assertEquals(200, json("GET", "/api/v1/me", office, null, null).statusCode());
    }

    @Test
    public void overHttpsAnswersCarryHstsAndTheSessionCookieIsSecure() throws Exception {
        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(TestKeystore.trusting())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String base = "https://localhost:" + SECURE_PORT;
        HttpResponse<String> me = https.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("frederikssund:frederikssund"
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(me.body(), 200, me.statusCode());
        assertEquals("max-age=31536000", me.headers().firstValue("Strict-Transport-Security").orElse(""));
        HttpResponse<String> session = https.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"aarhus\",\"password\":\"aarhus\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(session.body(), 201, session.statusCode());
        String cookie = session.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie, cookie.startsWith("__Host-SOSUHUB_SESSION=") && cookie.contains("; Path=/;")
                && cookie.endsWith("; Secure") && !cookie.contains("Domain"));
        HttpResponse<String> me2 = https.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Cookie", cookie.replaceAll(";.*", "")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(me2.body(), 200, me2.statusCode());
        HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create(base + "/nogletal")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertFalse("plain HTTP gets no HSTS", raw("GET", "/api/v1/me", "frederikssund", "frederikssund",
                HttpRequest.BodyPublishers.noBody()).headers().firstValue("Strict-Transport-Security").isPresent());
    }

    @Test
    public void anOnlineBackupIsAWholeDatabaseThatOpensWithTheSameStudents() throws Exception {
        java.io.File folder = java.nio.file.Files.createTempDirectory("sosuhub-backup").toFile();
        String out = shell("sosu:backup " + folder.getAbsolutePath());
        assertTrue(out, out.contains("Backup written to "));
        String copy = out.substring(out.indexOf("Backup written to ") + 18).strip();
        long live = studentCount(User.ADMIN, "250");
        // restoring is opening the copy as the database: here beside the running one, read-only
        java.util.Properties props = new java.util.Properties();
        try (java.sql.Connection c = derbyDriver().connect("jdbc:derby:" + copy, props);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM student WHERE municipality = '250'")) {
            rs.next();
            assertEquals(live, rs.getLong(1));
        }
    }

    private java.sql.Driver derbyDriver() throws Exception {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext();
        for (org.osgi.framework.Bundle b : context.getBundles()) {
            if ("derby".equals(b.getSymbolicName())) {
                return (java.sql.Driver) b.loadClass("org.apache.derby.jdbc.EmbeddedDriver").getDeclaredConstructor().newInstance();
            }
        }
        throw new AssertionError("no Derby bundle");
    }

    @Test
    public void soapTakesAWsSecurityUsernameTokenAndRefusesAReplayedNonce() throws Exception {
        String nonce = Base64.getEncoder().encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        String created = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        HttpResponse<String> signedIn = wsse("admin", "admin", "PasswordText", nonce, created);
        assertEquals(signedIn.body(), 200, signedIn.statusCode());
        assertTrue(signedIn.body(), signedIn.body().contains("<code>250</code>"));

        HttpResponse<String> replayed = wsse("admin", "admin", "PasswordText", nonce, created);
        assertEquals(replayed.body(), 401, replayed.statusCode());
        assertTrue(replayed.body(), replayed.body().contains("replay"));

        HttpResponse<String> digest = wsse("admin", "admin", "PasswordDigest", nonce + "x", created);
        assertEquals(401, digest.statusCode());
        assertTrue(digest.body(), digest.body().contains("PasswordDigest"));
        assertEquals(401, wsse("admin", "forkert-kodeord", "PasswordText", nonce + "y", created).statusCode());
        assertEquals("an old token", 401, wsse("admin", "admin", "PasswordText", nonce + "z", "2020-01-01T00:00:00Z").statusCode());
        // the same roles and tenancy as HTTP Basic: Aarhus is refused Frederikssund's students
        HttpResponse<String> other = send(wsseEnvelope("aarhus", "aarhus", "PasswordText", nonce + "w", created,
                "<s:listStudents xmlns:s=\"urn:sosuhub:students\"><municipality>250</municipality></s:listStudents>"), "/soap/students");
        assertTrue(other.body(), other.body().contains("urn:sosuhub:problem:forbidden"));
    }

    private HttpResponse<String> wsse(String username, String password, String type, String nonce, String created) throws Exception {
        return send(wsseEnvelope(username, password, type, nonce, created,
                "<s:listMunicipalities xmlns:s=\"urn:sosuhub:platform\"/>"), "/soap/platform");
    }

    private HttpResponse<String> send(String envelope, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).header("Content-Type", "text/xml; charset=UTF-8").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String wsseEnvelope(String username, String password, String type, String nonce, String created, String body) {
        String profile = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#" + type;
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
                + "<wsse:Security soapenv:mustUnderstand=\"1\" xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\""
                + " xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                + "<wsse:UsernameToken><wsse:Username>" + username + "</wsse:Username><wsse:Password Type=\"" + profile + "\">"
                + password + "</wsse:Password><wsse:Nonce>" + nonce + "</wsse:Nonce><wsu:Created>" + created + "</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    @Test
    public void theKarafConsoleListensOnTheLoopbackInterfaceOnly() throws Exception {
        Object host = configurations.getConfiguration("org.apache.karaf.shell", null).getProperties().get("sshHost");
        assertEquals("127.0.0.1", host);
    }

    private HttpResponse<String> json(String method, String path, String cookie, String csrf, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> raw(String method, String path, String username, String password,
                                     HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .method(method, body).header("Content-Type", path.startsWith("/soap") ? "text/xml; charset=UTF-8" : "application/json");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
