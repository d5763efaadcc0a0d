package dk.sosuhub.itest;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertTrue;

/**
 * A real OpenID Connect provider (npm {@code oidc-provider}, OpenID Certified) run by Node from
 * {@code tools/oidc-test-provider}, once per suite: two municipalities' clients and a few people with their groups.
 * Any login name signs in there (its development interactions); what the platform sees are the real protocol's
 * redirects, code, PKCE check, signed ID token and keys.
 */
final class OidcTestProvider {

    static final String PORT = String.valueOf(19400 + Integer.parseInt(SosuHubTestSupport.PORT) - 18181);
    static final String ISSUER = "http://localhost:" + PORT;

    private static Process node;

    private OidcTestProvider() {
    }

    /** Starts the provider unless it runs; it stops with this JVM (or when its standard input closes). */
    static synchronized void start() throws Exception {
        if (node != null && node.isAlive()) {
            return;
        }
        Path folder = folder();
        assertTrue("the provider is installed: run npm ci --prefix tools/oidc-test-provider (.ci/run does)",
                Files.isDirectory(folder.resolve("node_modules/oidc-provider")));
        String callback = SosuHubTestSupport.BASE + "/api/v1/session/oidc/callback";
        String config = "{\"clients\":["
                + client("sosuhub-400", "hemmelig-400-0123456789abcdef", callback) + ","
                + client("sosuhub-410", "hemmelig-410-0123456789abcdef", callback) + "],"
                + "\"accounts\":{"
                + "\"anna\":{\"name\":\"Anna Jensen\",\"email\":\"anna@bornholm.example\",\"roles\":[\"SOSU-Vejledere\",\"Alle\"]},"
                + "\"bo\":{\"name\":\"Bo Holm\",\"roles\":[\"SOSU-Uddannelse\"]},"
                + "\"dorte\":{\"name\":\"Dorte Lund\",\"roles\":[\"SOSU-Admin\",\"Platform\"]},"
                + "\"carl\":{\"name\":\"Carl Berg\",\"roles\":[\"Kantine\"]}}}";
        Path file = Files.createTempFile("oidc-provider", ".json");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Path log = Files.createTempFile("oidc-provider", ".log");
        node = new ProcessBuilder("node", "provider.mjs", PORT, file.toString()).directory(folder.toFile())
                .redirectErrorStream(true).start();
        Process started = node;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                    if (line.startsWith("listening ")) {
                        listening.complete(true);
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.complete(false);
        }, "oidc-test-provider-log");
        reader.setDaemon(true);
        reader.start();
        assertTrue("the OpenID Connect provider started (log: " + log + ")", listening.get(60, TimeUnit.SECONDS));
    }

    private static String client(String id, String secret, String callback) {
        return "{\"client_id\":\"" + id + "\",\"client_secret\":\"" + secret + "\",\"redirect_uris\":[\"" + callback + "\"]}";
    }

    static String secret(String municipality) {
        return "hemmelig-" + municipality + "-0123456789abcdef";
    }

    private static Path folder() {
        File dir = new File(System.getProperty("karaf.home", ".")).getAbsoluteFile();
        for (File d = dir; d != null; d = d.getParentFile()) {
            Path candidate = d.toPath().resolve("tools/oidc-test-provider");
            if (Files.isRegularFile(candidate.resolve("provider.mjs"))) {
                return candidate;
            }
        }
        throw new AssertionError("tools/oidc-test-provider not found above " + dir);
    }
}
