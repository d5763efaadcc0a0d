package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.internal.analysis.KnowledgeAnalyzers;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rescoring's term queries take their postings through the request's {@link TermLookup}, reusing enumerations
 * that earlier searches gave back ({@link SegmentPostings}); they must score exactly as Lucene's own term weights,
 * which the same plan gets on any thread but the one that planned it.
 */
class LentPostingsTest {

    private static LuceneKnowledgeSearch search;
    private static QueryPlanner planner;

    @BeforeAll
    static void index() {
        search = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared());
        for (Guide g : Corpus.guides()) search.index(g); // one by one: several segments
        planner = new QueryPlanner(new KnowledgeAnalyzers(LanguageResources.shared()), Weights.DEFAULT);
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    @Test
    void lentPostingsScoreEveryGuideAsLucenesOwn() throws IOException {
        List<String> queries = new ArrayList<>(Corpus.judged().keySet());
        for (int round = 1; round <= 2; round++) { // the second round reuses what the first gave back
            for (String q : queries) {
                search.withSearcher(s -> {
                    QueryPlanner.Plan plan = planner.plan(q, s, w -> true);
                    if (plan.query() == null) return null;
                    try {
                        ScoreDoc[] lent = rescoreAll(s, plan);
                        ScoreDoc[] lucenes = CompletableFuture.supplyAsync(() -> {
                            try {
                                return rescoreAll(s, plan);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).join();
                        assertEquals(lucenes.length, lent.length, q);
                        for (int i = 0; i < lent.length; i++) {
                            assertEquals(lucenes[i].doc, lent[i].doc, q + " #" + i);
                            assertEquals(lucenes[i].score, lent[i].score, 0f, q + " #" + i);
                        }
                    } finally {
                        plan.lookup().release();
                    }
                    return null;
                });
            }
        }
    }

    @Test
    void aSearchGivesItsPostingsBackForTheNext() throws IOException {
        String q = "voksen elev løn";
        search.withSearcher(s -> {
            QueryPlanner.Plan first = planner.plan(q, s, w -> true);
            ScoreDoc[] before = rescoreAll(s, first);
            first.lookup().release();
            LeafReaderContext leaf = s.getIndexReader().leaves().get(0);
            // the kit the search gave back is the next one taken, and lends its enumerations again
            SegmentPostings.Kit kit = SegmentPostings.of(leaf.reader()).take();
            TermsEnum te = kit.termsEnum(leaf.reader(), Fields.BODY);
            assertTrue(te.seekExact(new BytesRef("elev")));
            PostingsEnum lent = kit.postings(te, Fields.BODY, PostingsEnum.FREQS);
            kit.giveBack();
            SegmentPostings.Kit again = SegmentPostings.of(leaf.reader()).take();
            assertSame(kit, again);
            assertSame(te, again.termsEnum(leaf.reader(), Fields.BODY));
            assertSame(lent, again.postings(te, Fields.BODY, PostingsEnum.FREQS));
            again.giveBack();
            QueryPlanner.Plan second = planner.plan(q, s, w -> true);
            ScoreDoc[] after = rescoreAll(s, second);
            second.lookup().release();
            assertArrayEquals(ids(before), ids(after));
            return null;
        });
    }

    /** Every guide of the index ranked by the plan's query, as the search's rescoring does. */
    private static ScoreDoc[] rescoreAll(IndexSearcher s, QueryPlanner.Plan plan) throws IOException {
        int n = s.getIndexReader().maxDoc();
        ScoreDoc[] all = new ScoreDoc[n];
        for (int d = 0; d < n; d++) all[d] = new ScoreDoc(d, 0f);
        TopDocs candidates = new TopDocs(new TotalHits(n, TotalHits.Relation.EQUAL_TO), all);
        return QueryRescorer.rescore(s, candidates, plan.query(), 1, n).scoreDocs;
    }

    private static int[] ids(ScoreDoc[] docs) {
        int[] out = new int[docs.length];
        for (int i = 0; i < docs.length; i++) out[i] = docs[i].doc;
        return out;
    }
}
