package dk.sosuhub.web;

/**
 * How a module serves a web page: register a DS component implementing this interface. The web bundle then
 * serves the module bundle's static files under {@link #root()} at {@link #alias()} (the folder's
 * {@code index.html} for the alias itself) for as long as the component is active, so uninstalling the
 * module removes its page. The pages use the shared files at {@code /assets} and the REST API at
 * {@code /api/v1}; longer aliases win, so a page at {@code /} does not hide {@code /api} or {@code /soap}.
 */
public interface WebPage {

    /** Where the page is served, e.g. {@code /nogletal}, or {@code /} for the front page. */
    String alias();

    /** The folder inside the module bundle that holds the page's files, e.g. {@code /web}. */
    default String root() {
        return "/web";
    }
}
