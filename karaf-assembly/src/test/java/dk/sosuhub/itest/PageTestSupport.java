package dk.sosuhub.itest;

import dk.sosuhub.itest.browser.Browser;

/**
 * Tests of the web pages in a real headless Chromium against the booted distribution. A failing test leaves
 * a screenshot and the page's HTML in target/browser.
 */
public abstract class PageTestSupport extends SosuHubTestSupport {

    static final int PHONE_WIDTH = 390;
    static final int DESKTOP_WIDTH = 1280;

    @FunctionalInterface
    protected interface BrowserWork {
        void run(Browser browser) throws Exception;
    }

    /**
     * Runs the work in a fresh browser; on failure saves what the browser showed under the given name. When the browser
     * stops answering (a WebDriver call timed out: headless Chromium hung, as it did once in a navigation after signing
     * out), the work runs once more from the start in a new browser; a hang that the page itself causes comes back
     * there and fails the test.
     */
    protected void browse(String name, int width, BrowserWork work) throws Exception {
        try {
            browseOnce(name, width, work);
        } catch (Browser.Unresponsive e) {
            System.err.println(name + ": the browser stopped answering (" + e.getMessage() + "); running it again in a new browser");
            browseOnce(name, width, work);
        }
    }

    private void browseOnce(String name, int width, BrowserWork work) throws Exception {
        try (Browser browser = Browser.start(width, 900)) {
            try {
                work.run(browser);
            } catch (Browser.Unresponsive e) {
                throw e; // nothing to save from a browser that does not answer
            } catch (Exception | AssertionError e) {
                try {
                    browser.screenshot(name + "-failed");
                    browser.savePage(name + "-failed");
                } catch (RuntimeException ignored) {
                    // the browser itself failed; the original error says more
                }
                throw e;
            }
        }
    }

    protected void browse(String name, BrowserWork work) throws Exception {
        browse(name, DESKTOP_WIDTH, work);
    }

    /** Opens the page and signs in through its form; waits until the header shows the user. */
    protected void signIn(Browser browser, String path, User user) {
        browser.open(BASE + path);
        browser.await("#brugernavn").type(user.username);
        browser.find("#adgangskode").type(user.password);
        browser.find("#log-ind button[type=submit]").click();
        browser.awaitText("#bruger", user.username::equals);
    }
}
