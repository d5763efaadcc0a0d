package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (default parameters), computed the same way without its per-passage hash of terms: that
 * hash allocated a 32 KB block for every passage scored, most of a search's allocations on the long guide. The
 * distinct terms are summed in the order of their first match, as Lucene numbers them, so every score is the same
 * to the last bit.
 */
final class SnippetScorer extends PassageScorer {

    /** Above this many matches in one passage the pairwise comparison would cost more than Lucene's hash. */
    private static final int PAIRWISE_LIMIT = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        if (n > PAIRWISE_LIMIT) return super.score(passage, contentLength);
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0d;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) continue;
            int inPassage = 1;
            for (int j = i + 1; j < n; j++) if (terms[j].bytesEquals(terms[i])) inPassage++;
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) if (terms[j].bytesEquals(terms[i])) return true;
        return false;
    }
}
