package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lucene's {@link BM25Similarity} with its defaults (k1 1.2, b 0.75, overlaps discounted): the same norms and the
 * same float arithmetic, so the same scores. Lucene computes a table of 256 length normalisations (256 divisions,
 * 1 KB) and an explanation tree of the idf for every term of every query; here a table is computed once per field
 * statistics and the idf is a plain number. One instance per searcher: its tables belong to that searcher's
 * statistics and go with it.
 */
final class SearcherBm25 extends Similarity {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    /** Document lengths of the 256 norm values, as in Lucene's BM25. */
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
    }

    private static final BM25Similarity LUCENE = new BM25Similarity();

    /** Normalisation tables by average field length (a few fields, so a few entries). */
    private final Map<Float, float[]> tables = new ConcurrentHashMap<>();

    SearcherBm25() {
        super(true);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
        float idf;
        if (termStats.length == 1) {
            idf = idf(termStats[0].docFreq(), collectionStats.docCount());
        } else {
            double sum = 0d; // as Lucene: summed into a double, then cast
            for (TermStatistics t : termStats) sum += idf(t.docFreq(), collectionStats.docCount());
            idf = (float) sum;
        }
        float avgdl = (float) (collectionStats.sumTotalTermFreq() / (double) collectionStats.docCount());
        float[] table = tables.computeIfAbsent(avgdl, SearcherBm25::table);
        float weight = boost * idf;
        return new SimScorer() {
            @Override
            public float score(float freq, long encodedNorm) {
                float normInverse = table[((byte) encodedNorm) & 0xFF];
                return weight - weight / (1f + freq * normInverse);
            }

            @Override
            public Explanation explain(Explanation freq, long encodedNorm) {
                return LUCENE.scorer(boost, collectionStats, termStats).explain(freq, encodedNorm);
            }
        };
    }

    private static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    private static float[] table(float avgdl) {
        float[] t = new float[256];
        for (int i = 0; i < t.length; i++) t[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
        return t;
    }
}
