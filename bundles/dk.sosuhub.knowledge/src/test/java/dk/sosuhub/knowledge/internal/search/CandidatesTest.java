package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.SearchResult;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When a query has no more visible matches than the first pass keeps, every match goes to the full query unscored
 * instead of through the first pass; the answers are exactly those of the first pass's candidates: the same hits,
 * scores, order and snippets, on every page, with filters, over several segments.
 */
class CandidatesTest {

    private static LuceneKnowledgeSearch direct;
    private static LuceneKnowledgeSearch firstPass;

    @BeforeAll
    static void index() {
        direct = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared(), LuceneKnowledgeSearch.SLICE_DOCS, false);
        firstPass = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared(), LuceneKnowledgeSearch.SLICE_DOCS, true);
        for (Guide g : Corpus.guides()) { // one by one: several segments, so documents have a base
            direct.index(g);
            firstPass.index(g);
        }
    }

    @AfterAll
    static void close() throws IOException {
        direct.close();
        firstPass.close();
    }

    @Test
    void theGuidesSitInSeveralSegments() throws IOException {
        int segments = direct.withSearcher(s -> s.getIndexReader().leaves().size());
        assertTrue(segments > 1, segments + " segments");
    }

    @Test
    void sameAnswersWithOrWithoutTheFirstPass() {
        List<String> queries = new ArrayList<>(Corpus.judged().keySet());
        queries.addAll(List.of("elev", "opleringsvejleder", "samarbejde skole", "voksen elev løn", "sps"));
        int compared = 0;
        for (String municipality : List.of("101", "250", "751")) {
            for (String q : queries) {
                for (int page = 1; page <= 6; page++) {
                    compared += same(new SearchRequest(municipality, q, Set.of(), Set.of(), page));
                }
                compared += same(new SearchRequest(municipality, q, Set.of("elev"), Set.of(), 1));
            }
        }
        assertTrue(compared > 500, compared + " pages with hits compared");
    }

    private static int same(SearchRequest request) {
        SearchResult a = firstPass.search(request);
        SameAnswers.assertSameAnswer(request, a, direct.search(request));
        return a.hits().isEmpty() ? 0 : 1;
    }
}
