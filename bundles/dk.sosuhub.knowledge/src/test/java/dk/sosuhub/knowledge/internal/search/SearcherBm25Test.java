package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The searcher's BM25 gives Lucene's BM25 scores to the last bit, its explanations and its norms. */
class SearcherBm25Test {

    private final BM25Similarity lucene = new BM25Similarity();
    private final SearcherBm25 ours = new SearcherBm25();

    @Test
    void sameScoresAsLucenesBm25() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            long docCount = 1 + random.nextInt(200_000);
            long sumDocFreq = docCount + random.nextInt(1_000_000);
            long sumTotalTermFreq = sumDocFreq + random.nextInt(5_000_000);
            CollectionStatistics collection = new CollectionStatistics("body", docCount + random.nextInt(100),
                    docCount, sumTotalTermFreq, sumDocFreq);
            TermStatistics[] terms = new TermStatistics[1 + (round % 7 == 0 ? 1 + random.nextInt(3) : 0)];
            for (int i = 0; i < terms.length; i++) {
                long docFreq = 1 + random.nextInt((int) docCount);
                terms[i] = new TermStatistics(new BytesRef("t" + i), docFreq, docFreq + random.nextInt(1000));
            }
            float boost = random.nextInt(4) == 0 ? 1f : random.nextFloat() * 4;
            SimScorer expected = lucene.scorer(boost, collection, terms);
            SimScorer actual = ours.scorer(boost, collection, terms);
            for (int norm = 0; norm < 256; norm += 1 + random.nextInt(8)) {
                float freq = 1 + random.nextInt(40);
                assertEquals(expected.score(freq, norm), actual.score(freq, norm), () -> collection + " " + boost);
            }
            Explanation freq = Explanation.match(3f, "freq");
            assertEquals(expected.explain(freq, 17).toString(), actual.explain(freq, 17).toString());
        }
    }

    @Test
    void sameNormsAsLucenesBm25() {
        for (int length = 0; length < 5_000; length += 37) {
            FieldInvertState state = new FieldInvertState(Version.LATEST.major, "body",
                    IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, 0, length, length / 9, 0, 10, length / 2);
            assertEquals(lucene.computeNorm(state), ours.computeNorm(state), "length " + length);
        }
    }
}
