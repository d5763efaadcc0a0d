package dk.sosuhub.knowledge;

import java.util.Set;

/**
 * A search as a caller asks it.
 *
 * @param municipality the caller's municipality code: national guides and this municipality's own
 * @param query        raw user input; anything goes
 * @param audiences    audience codes to keep (any of them), empty for all
 * @param topics       topics to keep (any of them), empty for all
 * @param page         1-based
 */
public record SearchRequest(String municipality, String query, Set<String> audiences, Set<String> topics, int page) {

    public SearchRequest {
        query = query == null ? "" : query;
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        page = Math.max(1, page);
    }

    public static SearchRequest of(String municipality, String query) {
        return new SearchRequest(municipality, query, Set.of(), Set.of(), 1);
    }
}
