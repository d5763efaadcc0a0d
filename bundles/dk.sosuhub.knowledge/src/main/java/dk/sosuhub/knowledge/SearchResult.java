package dk.sosuhub.knowledge;

import java.util.List;

/**
 * A page of search hits.
 *
 * @param total      number of guides that match (all pages)
 * @param page       1-based page number
 * @param suggestion a corrected query when the query looks misspelt, else {@code null}
 */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits, Facets facets, String suggestion) {

    public static SearchResult empty(int page, int pageSize) {
        return new SearchResult(0, page, pageSize, List.of(), Facets.empty(), null);
    }
}
