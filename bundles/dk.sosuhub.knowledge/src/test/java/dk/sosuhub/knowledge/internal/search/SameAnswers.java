package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.SearchHit;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.SearchResult;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asserts that two ways of searching answer a request exactly alike: total, facets, suggestion, hits, scores, snippets. */
final class SameAnswers {

    private SameAnswers() {
    }

    static void assertSameAnswer(SearchRequest request, SearchResult expected, SearchResult actual) {
        String what = request.municipality() + " \"" + request.query() + "\" page " + request.page();
        assertEquals(expected.total(), actual.total(), what);
        assertEquals(expected.facets(), actual.facets(), what);
        assertEquals(expected.suggestion(), actual.suggestion(), what);
        assertEquals(describe(expected.hits()), describe(actual.hits()), what);
    }

    private static List<String> describe(List<SearchHit> hits) {
        return hits.stream().map(h -> h.id() + " " + Float.toString(h.score()) + " " + h.snippet()).toList();
    }
}
