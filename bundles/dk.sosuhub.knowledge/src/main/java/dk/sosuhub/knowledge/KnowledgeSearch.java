package dk.sosuhub.knowledge;


import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Search over the guides. National guides are visible to every municipality, a municipality's own guides
 * only to it. Writes are searchable within a second. The index is a cache, rebuildable from the guides.
 */
public interface KnowledgeSearch {

    /** Adds or replaces a guide (by id). */
    void index(Guide guide);

    /** Removes a guide; unknown ids are ignored. */
    void delete(String id);

    /** Replaces the whole index with these guides. */
    void rebuild(Collection<Guide> guides);

    /** Searches; never throws on odd input (an unusable query gives an empty result). */
    SearchResult search(SearchRequest request);

    default SearchResult search(String municipality, String query, Set<String> audiences, Set<String> topics, int page) {
        return search(new SearchRequest(municipality, query, audiences, topics, page));
    }

    /** Autocomplete: guide titles and words starting with (the last word of) the prefix. */
    List<Completion> suggest(String municipality, String prefix);
}
