package dk.sosuhub.itest.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A tiny W3C WebDriver client: starts {@code /usr/bin/chromedriver} on a free port, drives a headless
 * Chromium through it (navigate, find by CSS, type, click, read text, wait, screenshot) and stops both on
 * {@link #close()}. Plain {@code java.net.http} and Jackson, so that it runs inside the Karaf test probe.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("sosuhub.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("sosuhub.chromedriver", "/usr/bin/chromedriver");
    /** The key W3C WebDriver uses for an element reference. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process driver;
    private final Path profile;
    private final String endpoint;
    private final String session;
    /** Set when a WebDriver call timed out: the browser hangs, and closing does not ask it anything more. */
    private volatile boolean unresponsive;

    private Browser(Process driver, Path profile, String endpoint) {
        this.driver = driver;
        this.profile = profile;
        this.endpoint = endpoint;
        try {
            awaitDriver();
            this.session = newSession().path("sessionId").asText();
        } catch (RuntimeException | Error e) {
            stopDriver();
            throw e;
        }
    }

    /** Starts ChromeDriver and a headless Chromium with a window of the given size (CSS pixels). */
    public static Browser start(int width, int height) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path profile = Files.createTempDirectory("sosuhub-chromium-");
            Path log = outputDirectory().resolve("chromedriver-" + port + ".log");
            Process driver = new ProcessBuilder(CHROMEDRIVER, "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Browser browser = new Browser(driver, profile, "http://127.0.0.1:" + port);
            browser.windowSize(width, height);
            return browser;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + CHROMEDRIVER, e);
        }
    }

    /** A desktop-sized window. */
    public static Browser start() {
        return start(1280, 900);
    }

    /** Where screenshots and logs go: the assembly's target/browser folder (Karaf runs in target/exam/<id>). */
    public static Path outputDirectory() {
        String karafHome = System.getProperty("karaf.home");
        Path target = karafHome != null && Paths.get(karafHome).toAbsolutePath().getParent() != null
                ? Paths.get(karafHome).toAbsolutePath().getParent().getParent() : Paths.get("target");
        Path dir = target.resolve("browser");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    private void awaitDriver() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!driver.isAlive()) {
                throw new IllegalStateException("chromedriver exited with " + driver.exitValue());
            }
            try {
                JsonNode status = call("GET", "/status", null);
                if (status.path("ready").asBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            pause(100);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private JsonNode newSession() {
        ObjectNode options = JSON.createObjectNode();
        options.put("binary", CHROMIUM);
        ArrayNode args = options.putArray("args");
        // the machine's network is closed: no background calls home, no QUIC, no first-run work
        for (String arg : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=da-DK", "--user-data-dir=" + profile)) {
            args.add(arg);
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode always = body.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        always.set("goog:chromeOptions", options);
        return call("POST", "/session", body);
    }

    // ---- Navigation ----------------------------------------------------------------------------------------

    public Browser open(String url) {
        command("POST", "/url", JSON.createObjectNode().put("url", url));
        return this;
    }

    public String url() {
        return command("GET", "/url", null).asText();
    }

    public Browser back() {
        command("POST", "/back", JSON.createObjectNode());
        return this;
    }

    public Browser windowSize(int width, int height) {
        command("POST", "/window/rect", JSON.createObjectNode().put("width", width).put("height", height));
        return this;
    }

    /** Runs a script in the page ({@code arguments[0]}… are the arguments) and gives its result as JSON. */
    public JsonNode script(String script, Object... arguments) {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        ArrayNode args = body.putArray("args");
        for (Object a : arguments) {
            if (a instanceof Element e) {
                args.addObject().put(ELEMENT, e.id);
            } else {
                args.add(JSON.valueToTree(a));
            }
        }
        return command("POST", "/execute/sync", body);
    }

    public String pageSource() {
        return command("GET", "/source", null).asText();
    }

    // ---- Elements ------------------------------------------------------------------------------------------

    /** The first element matching the CSS selector; fails at once if there is none. */
    public Element find(String css) {
        return element(command("POST", "/element", locator(css)));
    }

    public List<Element> findAll(String css) {
        List<Element> found = new ArrayList<>();
        command("POST", "/elements", locator(css)).forEach(n -> found.add(element(n)));
        return found;
    }

    /** Waits until an element matching the CSS selector is displayed. */
    public Element await(String css) {
        return waitFor("a displayed element " + css, () -> {
            List<Element> all = findAll(css);
            return all.stream().filter(Element::displayed).findFirst().orElse(null);
        });
    }

    /** Waits until the text of the first element matching the selector satisfies the condition; gives that text. */
    public String awaitText(String css, Predicate<String> condition) {
        return waitFor("text of " + css + " to match", () -> {
            List<Element> all = findAll(css);
            if (all.isEmpty()) {
                return null;
            }
            String text = all.get(0).text();
            return condition.test(text) ? text : null;
        });
    }

    /** Waits until the address satisfies the condition. */
    public String awaitUrl(Predicate<String> condition) {
        return waitFor("the address to match", () -> {
            String url = url();
            return condition.test(url) ? url : null;
        });
    }

    /** Polls until the supplier gives a non-null, non-false value; WebDriver errors count as "not yet". */
    public <T> T waitFor(String what, Supplier<T> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (WebDriverException e) {
                last = e;
            }
            pause(100);
        }
        throw new AssertionError("Timed out waiting for " + what + " at " + url()
                + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
    }

    /** Saves a PNG of the viewport (or the whole page, when taller) under target/browser. */
    public Path screenshot(String name) {
        try {
            String base64 = command("GET", "/screenshot", null).asText();
            Path file = outputDirectory().resolve(name.endsWith(".png") ? name : name + ".png");
            Files.write(file, Base64.getDecoder().decode(base64));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A screenshot of the whole page: the window is stretched to the page's height for the shot. */
    public Path fullPageScreenshot(String name, int width) {
        int height = script("return Math.ceil(document.documentElement.scrollHeight)").asInt(900);
        windowSize(width, Math.min(height + 140, 8000));
        try {
            return screenshot(name);
        } finally {
            windowSize(width, 900);
        }
    }

    /** Saves the page's HTML beside the screenshots (for a failed test's post-mortem). */
    public void savePage(String name) {
        try {
            Files.writeString(outputDirectory().resolve(name + ".html"), pageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // best effort only
        }
    }

    private static ObjectNode locator(String css) {
        return JSON.createObjectNode().put("using", "css selector").put("value", css);
    }

    private Element element(JsonNode reference) {
        return new Element(reference.path(ELEMENT).asText());
    }

    /** A found element of the current page. */
    public final class Element {
        private final String id;

        private Element(String id) {
            this.id = id;
        }

        public Element find(String css) {
            return element(command("POST", "/element/" + id + "/element", locator(css)));
        }

        public List<Element> findAll(String css) {
            List<Element> found = new ArrayList<>();
            command("POST", "/element/" + id + "/elements", locator(css)).forEach(n -> found.add(element(n)));
            return found;
        }

        public Element click() {
            command("POST", "/element/" + id + "/click", JSON.createObjectNode());
            return this;
        }

        /** Types the text; Unicode private-use characters are keys, e.g. {@link Keys#ENTER}. */
        public Element type(String text) {
            command("POST", "/element/" + id + "/value", JSON.createObjectNode().put("text", text));
            return this;
        }

        public Element clear() {
            command("POST", "/element/" + id + "/clear", JSON.createObjectNode());
            return this;
        }

        /** The rendered text, as the user sees it (non-breaking spaces as plain spaces). */
        public String text() {
            return command("GET", "/element/" + id + "/text", null).asText().replace('\u00a0', ' ');
        }

        public String attribute(String name) {
            JsonNode value = command("GET", "/element/" + id + "/attribute/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        public String property(String name) {
            JsonNode value = command("GET", "/element/" + id + "/property/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        public boolean displayed() {
            return command("GET", "/element/" + id + "/displayed", null).asBoolean();
        }

        public String html() {
            return property("innerHTML");
        }
    }

    /** WebDriver key codes for {@link Element#type(String)}. */
    public static final class Keys {
        public static final String ENTER = "\uE007";
        public static final String ARROW_DOWN = "\uE015";
        public static final String ESCAPE = "\uE00C";
        public static final String TAB = "\uE004";

        private Keys() {
        }
    }

    /** The WebDriver gave no answer in time: headless Chromium hangs. */
    public static final class Unresponsive extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unresponsive(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An error answer of the WebDriver, e.g. "no such element". */
    public static final class WebDriverException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String error;

        WebDriverException(String error, String message) {
            super(error + ": " + message);
            this.error = error;
        }
    }

    // ---- Protocol ------------------------------------------------------------------------------------------

    private JsonNode command(String method, String path, JsonNode body) {
        return call(method, "/session/" + session + path, body);
    }

    private JsonNode call(String method, String path, JsonNode body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json; charset=utf-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode value = JSON.readTree(response.body()).path("value");
            if (response.statusCode() != 200) {
                throw new WebDriverException(value.path("error").asText("status " + response.statusCode()),
                        value.path("message").asText(response.body()));
            }
            return value;
        } catch (HttpTimeoutException e) {
            unresponsive = true;
            throw new Unresponsive(method + " " + path + " had no answer: " + e, e);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends the session (which closes Chromium), then stops ChromeDriver and removes the profile. */
    @Override
    public void close() {
        try {
            if (!unresponsive) call("DELETE", "/session/" + session, null);
        } catch (RuntimeException e) {
            // the driver's gone already; stopping it below also takes its browser
        } finally {
            stopDriver();
        }
    }

    private void stopDriver() {
        List<ProcessHandle> children = driver.descendants().toList();
        driver.destroy();
        try {
            if (!driver.waitFor(5, TimeUnit.SECONDS)) {
                driver.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
