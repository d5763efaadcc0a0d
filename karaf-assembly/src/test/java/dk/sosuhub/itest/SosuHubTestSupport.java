package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import javax.inject.Inject;
import javax.security.auth.Subject;
import java.security.PrivilegedExceptionAction;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.function.Predicate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

/**
 * Boots the assembled distribution in demo mode (once per suite) and talks to it over real HTTP, as an
 * integrator would. The runtime folder is kept under target/exam for post-mortems.
 */
public abstract class SosuHubTestSupport {

    /** The HTTP port of the booted distribution; another value lets two checkouts run their tests side by side. */
    static final String PORT = System.getProperty("sosuhub.itest.port", "18181");
    /**
     * The platform's days are Danish days (the audit trail's day filters, the messages' dates): a test that means
     * "today" takes it here, not in the test JVM's zone (from 23:00 UTC in winter it is already tomorrow in Denmark).
     */
    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    /** Karaf's SSH and RMI ports, moved with the HTTP port so that two booted distributions never share one. */
    private static final int PORT_OFFSET = Integer.parseInt(PORT) - 18181;
    static final String BASE = "http://localhost:" + PORT;
    /** HTTPS beside HTTP, with a keystore made for the test run (see {@link TestKeystore}). */
    static final String SECURE_PORT = String.valueOf(18443 + PORT_OFFSET);
    /** Decimals exactly as sent: rates are fractions with 4 decimals on the wire. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("sosuhub.distribution");
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return new Option[]{
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("SOSU Hub")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevelOption.LogLevel.INFO),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", PORT),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(18101 + PORT_OFFSET)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(11099 + PORT_OFFSET)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(44444 + PORT_OFFSET)),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
                editConfigurationFilePut("etc/dk.sosuhub.demo.cfg", "enabled", "true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", SECURE_PORT),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore", TestKeystore.create()),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.password", TestKeystore.PASSWORD),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.key.password", TestKeystore.PASSWORD),
                systemProperty("sosuhub.itest.keystore").value(TestKeystore.create()),
                systemProperty("sosuhub.itest").value("true"),
                // the tests run inside the booted Karaf: it needs the port too, or PORT there falls back to 18181
                systemProperty("sosuhub.itest.port").value(PORT),
        };
    }

    /** An HTTP answer with its body parsed when it is JSON. */
    public record Answer(int status, String contentType, String text, JsonNode json) {
        public Answer expect(int expected) {
            assertEquals("HTTP status; body: " + text, expected, status);
            return this;
        }

        /** Asserts an RFC 9457 problem body with this status and type (e.g. "validation"). */
        public Answer problem(int expected, String type) {
            expect(expected);
            assertEquals("content type; body: " + text, "application/problem+json", contentType);
            assertEquals(expected, json.get("status").asInt());
            assertEquals("urn:sosuhub:problem:" + type, json.get("type").asText());
            return this;
        }
    }

    public enum User {
        ADMIN("admin", "admin"), FREDERIKSSUND("frederikssund", "frederikssund"), AARHUS("aarhus", "aarhus"), NOBODY(null, null);

        final String username;
        final String password;

        User(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    protected Answer get(User user, String path) {
        return send(user, "GET", path, null, null);
    }

    protected Answer post(User user, String path, String json) {
        return send(user, "POST", path, "application/json", json);
    }

    protected Answer put(User user, String path, String json) {
        return send(user, "PUT", path, "application/json", json);
    }

    protected Answer soap(User user, String service, String bodyXml) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body>" + bodyXml + "</soapenv:Body></soapenv:Envelope>";
        return send(user, "POST", "/soap/" + service, "text/xml; charset=UTF-8", envelope);
    }

    protected Answer send(User user, String method, String path, String contentType, String body) {
        return send(user.username, user.password, method, path, contentType, body);
    }

    protected Answer send(String username, String password, String method, String path, String contentType, String body) {
        return send(username, password, method, path, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** Sends bytes as they are, as a user with a password. */
    protected Answer sendBytes(String username, String password, String method, String path, String contentType, byte[] body) {
        return send(username, password, method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Sends bytes as they are, e.g. an archive. */
    protected Answer sendBytes(User user, String method, String path, String contentType, byte[] body) {
        return send(user.username, user.password, method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Answer send(String username, String password, String method, String path, String contentType,
                        HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "");
            JsonNode json = type.endsWith("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), type, response.body(), json);
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }

    /** Polls until the answer satisfies the condition: module endpoints come and go asynchronously. */
    protected Answer await(User user, String path, Predicate<Answer> condition) {
        // generous: a booting distribution on a busy 2-core machine can take half a minute to serve its API
        long deadline = System.currentTimeMillis() + 90_000;
        Answer last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = get(user, path);
                if (condition.test(last)) {
                    return last;
                }
            } catch (AssertionError e) {
                // not answering yet
            }
            sleep(200);
        }
        fail("Condition not met for " + path + "; last answer: " + (last == null ? "none" : last.status() + " " + last.text()));
        return last;
    }

    /** Waits until every module the distribution boots serves its endpoints. */
    protected void awaitPlatform() {
        awaitDemoUsers();
        await(User.ADMIN, "/api/v1/modules", a -> a.status() == 200 && a.text().contains("\"students\"") && a.text().contains("\"kpi\"")
                && a.text().contains("\"knowledge\"") && a.text().contains("\"placements\"") && a.text().contains("\"mentoring\"")
                && a.text().contains("\"messages\""));
        await(User.NOBODY, "/api/v1/openapi.json", a -> a.status() == 200 && a.text().contains("/kpis/cohort")
                && a.text().contains("/students/{id}/dropout") && a.text().contains("\"/users\"")
                && a.text().contains("\"/features\"") && a.text().contains("\"/municipalities\"")
                && a.text().contains("/{code}/search") && a.text().contains("/{code}/suggest") && a.text().contains("/guides/{id}")
                && a.text().contains("/placement-sites") && a.text().contains("/mentoring/relationships")
                && a.text().contains("/me/inbox"));
        // SOAP services are published on a thread of their own, in the order they came
        await(User.NOBODY, "/soap/services", a -> a.status() == 200 && java.util.stream.Stream.of("students", "platform",
                "kpi", "knowledge", "placements", "mentoring", "messages").allMatch(n -> a.text().contains("/soap/" + n + "?wsdl")));
    }

    /**
     * Waits, without signing in, until the demo users exist: polling with their passwords before that would be
     * failed sign-ins, and the platform throttles those (five in 15 minutes close the door for that username).
     */
    protected static void awaitDemoUsers() {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(SosuHubTestSupport.class)
                .getBundleContext();
        dk.sosuhub.core.api.security.Caller platform = new dk.sosuhub.core.api.security.Caller("itest",
                java.util.Set.of(dk.sosuhub.core.api.security.Role.PLATFORM_ADMIN), null);
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            org.osgi.framework.ServiceReference<dk.sosuhub.core.api.security.UserService> ref =
                    context.getServiceReference(dk.sosuhub.core.api.security.UserService.class);
            dk.sosuhub.core.api.security.UserService users = ref == null ? null : context.getService(ref);
            try {
                if (users != null && java.util.stream.Stream.of(User.ADMIN, User.FREDERIKSSUND, User.AARHUS)
                        .allMatch(u -> users.get(platform, u.username).isPresent())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the database is still being set up
            } finally {
                if (users != null) {
                    context.ungetService(ref);
                }
            }
            sleep(200);
        }
        fail("The demo users did not appear within 2 minutes");
    }

    /** Switches the student register off in a municipality, after the modules that need it (placements, kpi, messages). */
    protected void disableStudents(User user, String code) {
        put(user, "/api/v1/municipalities/" + code + "/modules/mentoring", "{\"enabled\":false}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/messages", "{\"enabled\":false}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/placements", "{\"enabled\":false}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/kpi", "{\"enabled\":false}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/students", "{\"enabled\":false}").expect(200);
    }

    protected void enableStudents(User user, String code) {
        put(user, "/api/v1/municipalities/" + code + "/modules/students", "{\"enabled\":true}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/kpi", "{\"enabled\":true}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/placements", "{\"enabled\":true}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/mentoring", "{\"enabled\":true}").expect(200);
        put(user, "/api/v1/municipalities/" + code + "/modules/messages", "{\"enabled\":true}").expect(200);
    }

    protected String shell(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        // as an administrator: Karaf's command ACLs guard feature:install and friends
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("itest"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("manager"));
        try {
            Object result = Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                print.println(result);
            }
        } catch (Exception e) {
            print.println("ERROR: " + e.getMessage());
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    protected long studentCount(User user, String code) {
        return get(user, "/api/v1/municipalities/" + code + "/students").expect(200).json().get("total").asLong();
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
