package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search split over threads by segments (as at 100,000 guides) answers exactly as one on a single thread: the same
 * totals, facets, suggestions, hits, scores and snippets for every judged query, with filters and on later pages.
 * Here the shipped guides, written one by one into several segments, are split as if they were many.
 */
class SegmentSlicesTest {

    private static LuceneKnowledgeSearch whole;
    private static LuceneKnowledgeSearch split;

    @BeforeAll
    static void index() {
        whole = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared());
        split = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared(), 5, false);
        for (Guide g : Corpus.guides()) {
            whole.index(g);
            split.index(g);
        }
    }

    @AfterAll
    static void close() throws IOException {
        whole.close();
        split.close();
    }

    @Test
    void theSplitSearchIsSplit() throws IOException {
        int slices = split.withSearcher(s -> s.getSlices().length);
        assertTrue(slices > 1 || Runtime.getRuntime().availableProcessors() == 1, slices + " slices");
        int wholeSlices = whole.withSearcher(s -> s.getSlices().length);
        assertEquals(1, wholeSlices);
    }

    @Test
    void sameAnswersSplitOrNot() {
        List<String> queries = new ArrayList<>(Corpus.judged().keySet());
        queries.addAll(List.of("", "elev", "opleringsvejleder", "samarbejde skole"));
        for (String municipality : List.of("101", "250", "751")) {
            for (String q : queries) {
                for (int page = 1; page <= 2; page++) {
                    assertSame(new SearchRequest(municipality, q, Set.of(), Set.of(), page));
                }
                assertSame(new SearchRequest(municipality, q, Set.of("elev"), Set.of(), 1));
            }
        }
    }

    @Test
    void balancedSlicesShareTheGuidesEvenly() throws IOException {
        split.withSearcher(s -> {
            IndexSearcher.LeafSlice[] slices = LuceneKnowledgeSearch.balancedSlices(s.getIndexReader().leaves(), 2, 5);
            int[] docs = new int[slices.length];
            int largest = 0;
            for (int i = 0; i < slices.length; i++) {
                for (var leaf : slices[i].leaves) {
                    docs[i] += leaf.reader().maxDoc();
                    largest = Math.max(largest, leaf.reader().maxDoc());
                }
            }
            assertEquals(2, slices.length);
            assertTrue(Math.abs(docs[0] - docs[1]) <= largest, docs[0] + " and " + docs[1]);
            assertEquals(1, LuceneKnowledgeSearch.balancedSlices(s.getIndexReader().leaves(), 2, 10_000).length);
            return null;
        });
    }

    private static void assertSame(SearchRequest request) {
        SameAnswers.assertSameAnswer(request, whole.search(request), split.search(request));
    }
}
