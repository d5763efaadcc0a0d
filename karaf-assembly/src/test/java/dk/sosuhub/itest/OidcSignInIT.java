package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import javax.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Sign-in with a municipality's own login (OpenID Connect) against a real provider that the test starts
 * ({@link OidcTestProvider}): Bornholm (400) and Middelfart (410) each have their client there. Proves the code flow
 * with PKCE ends in the same session as a password sign-in, that the person belongs to the provider's municipality
 * and no other, that a sign-in belongs to the browser that started it and is used once, that a code of one
 * municipality's client cannot sign in at another, and the page's button in headless Chromium.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OidcSignInIT extends PageTestSupport {

    private static final String CALLBACK = BASE + "/api/v1/session/oidc/callback";
    private static boolean configured;

    @Inject
    private ConfigurationAdmin configurations;

    @Before
    public void setUp() throws Exception {
        awaitPlatform();
        synchronized (OidcSignInIT.class) {
            if (!configured) {
                for (String[] m : new String[][]{{"400", "Bornholm"}, {"410", "Middelfart"}}) {
                    Answer created = post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + m[0] + "\",\"name\":\"" + m[1] + "\"}");
                    assertTrue(created.text(), created.status() == 201 || created.status() == 409);
                }
                OidcTestProvider.start();
                configure("400");
                configure("410");
                configured = true;
            }
        }
        await(User.NOBODY, "/api/v1/session/oidc", a -> a.status() == 200
                && a.text().contains("/api/v1/session/oidc/400/login") && a.text().contains("/api/v1/session/oidc/410/login"));
    }

    private void configure(String municipality) throws Exception {
        Configuration config = configurations.getFactoryConfiguration("dk.sosuhub.oidc", "itest-" + municipality, "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("municipality", municipality);
        properties.put("issuer", OidcTestProvider.ISSUER);
        properties.put("clientId", "sosuhub-" + municipality);
        properties.put("clientSecret", OidcTestProvider.secret(municipality));
        properties.put("scopes", new String[]{"profile", "email", "roles"});
        properties.put("roleMapping", new String[]{"SOSU-Vejledere=supervisor", "SOSU-Uddannelse=education-team",
                "SOSU-Admin=municipality-admin"});
        config.update(properties);
    }

    @Test
    public void theMunicipalitysOwnLoginEndsInTheSameSessionAsAPassword() throws Exception {
        Visitor anna = new Visitor();
        HttpResponse<String> start = anna.get(BASE + "/api/v1/session/oidc/400/login?returnTo=/oplaering");
        assertEquals(start.body(), 303, start.statusCode());
        String authorization = start.headers().firstValue("Location").orElseThrow();
        assertTrue(authorization, authorization.startsWith(OidcTestProvider.ISSUER + "/auth?"));
        Map<String, String> query = query(URI.create(authorization));
        assertEquals("code", query.get("response_type"));
        assertEquals("sosuhub-400", query.get("client_id"));
        assertEquals(CALLBACK, query.get("redirect_uri"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertTrue(query.get("code_challenge").length() >= 43);
        assertTrue(query.containsKey("state") && query.containsKey("nonce"));

        HttpResponse<String> back = anna.finish(anna.follow(start), "anna");
        assertEquals(back.body(), 200, back.statusCode());
        assertTrue(back.body(), back.body().contains("url=/oplaering"));

        JsonNode session = anna.json(anna.get(BASE + "/api/v1/session"), 200);
        assertEquals("400:anna", session.get("username").asText());
        assertEquals("[\"supervisor\"]", session.get("roles").toString());
        assertEquals("400", session.get("municipality").asText());
        assertEquals("400:anna", anna.json(anna.get(BASE + "/api/v1/me"), 200).get("username").asText());
        anna.json(anna.get(BASE + "/api/v1/municipalities/400/students"), 200);
        anna.json(anna.get(BASE + "/api/v1/municipalities/410/students"), 403);
        anna.json(anna.get(BASE + "/api/v1/municipalities/250/students"), 403);

        // the same session rules: a change needs the CSRF token, signing out ends the cookie at once
        anna.json(anna.send("DELETE", BASE + "/api/v1/session", null), 403);
        assertEquals(204, anna.send("DELETE", BASE + "/api/v1/session", session.get("csrfToken").asText()).statusCode());
        anna.json(anna.get(BASE + "/api/v1/me"), 401);

        // the user has no password: nothing signs in as them but the provider
        post(User.NOBODY, "/api/v1/session", "{\"username\":\"400:anna\",\"password\":\"et-hvilket-som-helst-kodeord\"}")
                .problem(401, "unauthorized");
    }

    @Test
    public void aPersonOfOneMunicipalitysLoginNeverActsInAnother() throws Exception {
        Visitor boIn410 = new Visitor();
        boIn410.finish(boIn410.follow(boIn410.get(BASE + "/api/v1/session/oidc/410/login")), "bo");
        JsonNode session = boIn410.json(boIn410.get(BASE + "/api/v1/session"), 200);
        assertEquals("410:bo", session.get("username").asText());
        assertEquals("410", session.get("municipality").asText());
        assertEquals("[\"education-team\"]", session.get("roles").toString());
        boIn410.json(boIn410.get(BASE + "/api/v1/municipalities/410/students"), 200);
        boIn410.json(boIn410.get(BASE + "/api/v1/municipalities/400/students"), 403);

        // the same person through the other municipality's client is another user, of that municipality
        Visitor boIn400 = new Visitor();
        boIn400.finish(boIn400.follow(boIn400.get(BASE + "/api/v1/session/oidc/400/login")), "bo");
        assertEquals("400:bo", boIn400.json(boIn400.get(BASE + "/api/v1/session"), 200).get("username").asText());

        // a code issued to Middelfart's client, brought to a sign-in started for Bornholm: the provider refuses it
        Visitor thief = new Visitor();
        String codeFor410 = query(URI.create(thief.untilCallback(thief.follow(
                thief.get(BASE + "/api/v1/session/oidc/410/login")), "dorte"))).get("code");
        Visitor victim = new Visitor();
        String startedFor400 = victim.get(BASE + "/api/v1/session/oidc/400/login").headers().firstValue("Location").orElseThrow();
        String state400 = query(URI.create(startedFor400)).get("state");
        HttpResponse<String> injected = victim.get(CALLBACK + "?code=" + enc(codeFor410) + "&state=" + enc(state400));
        assertEquals(injected.body(), 502, injected.statusCode());
        assertTrue(injected.body(), injected.body().contains("Log ind mislykkedes"));
        victim.json(victim.get(BASE + "/api/v1/session"), 401);
    }

    @Test
    public void aSignInBelongsToTheBrowserThatStartedItAndIsUsedOnce() throws Exception {
        Visitor started = new Visitor();
        String callback = started.untilCallback(started.follow(started.get(BASE + "/api/v1/session/oidc/400/login")), "anna");
        assertTrue(callback, callback.startsWith(CALLBACK + "?"));

        Visitor other = new Visitor();
        HttpResponse<String> elsewhere = other.get(callback);
        assertEquals(elsewhere.body(), 400, elsewhere.statusCode());
        other.json(other.get(BASE + "/api/v1/session"), 401);

        assertEquals(200, started.get(callback).statusCode());
        started.json(started.get(BASE + "/api/v1/session"), 200);
        Visitor replay = new Visitor();  // the same browser's flow cookie, brought again after its use
        replay.cookies.computeIfAbsent("localhost:" + PORT, k -> new HashMap<>())
                .put("SOSUHUB_OIDC", query(URI.create(callback)).get("state"));
        HttpResponse<String> again = replay.get(callback);
        assertEquals(again.body(), 400, again.statusCode());
        replay.json(replay.get(BASE + "/api/v1/session"), 401);
    }

    @Test
    public void roleComesOnlyFromTheMappingAndNeverAboveTheMunicipality() throws Exception {
        Visitor carl = new Visitor();
        HttpResponse<String> refused = carl.finish(carl.follow(carl.get(BASE + "/api/v1/session/oidc/400/login")), "carl");
        assertEquals(refused.body(), 403, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("ingen adgang til SOSU Hub"));
        carl.json(carl.get(BASE + "/api/v1/session"), 401);

        Visitor dorte = new Visitor();
        dorte.finish(dorte.follow(dorte.get(BASE + "/api/v1/session/oidc/400/login")), "dorte");
        JsonNode session = dorte.json(dorte.get(BASE + "/api/v1/session"), 200);
        assertEquals("[\"municipality-admin\"]", session.get("roles").toString());
        dorte.json(dorte.get(BASE + "/api/v1/municipalities"), 200);
        dorte.json(dorte.get(BASE + "/api/v1/municipalities/410/students"), 403);

        // no open redirect: returnTo is a path of the platform or nothing
        Visitor eve = new Visitor();
        HttpResponse<String> back = eve.finish(eve.follow(eve.get(BASE + "/api/v1/session/oidc/400/login?returnTo="
                + enc("https://angriber.example/"))), "anna");
        assertTrue(back.body(), back.body().contains("url=/\"") && !back.body().contains("angriber"));
    }

    @Test
    public void thePageSignsInWithTheMunicipalitysLogin() throws Exception {
        browse("oidc-sign-in", browser -> {
            browser.open(BASE + "/");
            browser.await("#kommune-login");
            assertTrue(browser.find("#log-ind").text().contains("Log ind med kommunens login"));
            browser.script("document.querySelector('#kommune-login-valg').value = arguments[0];",
                    "/api/v1/session/oidc/400/login");
            browser.find("#kommune-login").click();
            browser.await("input[name=login]").type("anna");
            browser.find("input[name=password]").type("hvad-som-helst");
            browser.find("button.login-submit").click();
            browser.awaitText("#bruger", "400:anna"::equals);
            assertEquals(BASE + "/", browser.url());
            assertFalse("no credential in browser storage", browser.script(
                    "return JSON.stringify(sessionStorage) + JSON.stringify(localStorage);").asText().contains("csrf"));
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** A browser without a browser: follows redirects by hand and keeps cookies per host and port. */
    static final class Visitor {
        private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

        final Map<String, Map<String, String>> cookies = new HashMap<>();

        HttpResponse<String> get(String url) throws Exception {
            return send("GET", url, null);
        }

        HttpResponse<String> send(String method, String url, String csrf) throws Exception {
            URI uri = URI.create(url);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (csrf != null) {
                request.header("X-CSRF-Token", csrf);
            }
            return exchange(uri, request);
        }

        HttpResponse<String> postForm(String url, Map<String, String> form) throws Exception {
            URI uri = URI.create(url);
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return exchange(uri, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> exchange(URI uri, HttpRequest.Builder request) throws Exception {
            String jar = cookies.getOrDefault(key(uri), Map.of()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
            if (!jar.isEmpty()) {
                request.header("Cookie", jar);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                Map<String, String> host = cookies.computeIfAbsent(key(uri), k -> new HashMap<>());
                if (value.isEmpty() || set.contains("Max-Age=0") || set.contains("max-age=0")) {
                    host.remove(name);
                } else {
                    host.put(name, value);
                }
            }
            return response;
        }

        private static String key(URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }

        /** Follows redirects, never into the platform's callback; the last answer that is not a redirect. */
        HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            HttpResponse<String> r = response;
            for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
                String next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow()).toString();
                if (next.startsWith(CALLBACK)) {
                    return r;
                }
                r = get(next);
            }
            return r;
        }

        /** At the provider's sign-in form: signs in as the login and follows back; the platform's last answer. */
        HttpResponse<String> finish(HttpResponse<String> form, String login) throws Exception {
            String callback = untilCallback(form, login);
            return get(callback);
        }

        /** Signs in at the provider's form and returns the callback address the provider sends the browser to. */
        String untilCallback(HttpResponse<String> form, String login) throws Exception {
            assertEquals(form.body(), 200, form.statusCode());
            Matcher action = FORM_ACTION.matcher(form.body());
            assertTrue(form.body(), action.find());
            HttpResponse<String> r = follow(postForm(form.uri().resolve(action.group(1).replace("&amp;", "&")).toString(),
                    Map.of("prompt", "login", "login", login, "password", "hvad-som-helst")));
            assertEquals(r.body(), 3, r.statusCode() / 100);
            String next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow()).toString();
            assertTrue(next, next.startsWith(CALLBACK));
            return next;
        }

        JsonNode json(HttpResponse<String> response, int status) throws Exception {
            assertEquals(response.body(), status, response.statusCode());
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        }
    }
}
