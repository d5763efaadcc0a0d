package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.StringDistance;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.UnicodeUtil;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.PriorityQueue;

/**
 * Lucene's {@link DirectSpellChecker} with the same suggestions, found without automata.
 * <p>
 * Lucene finds the words within an edit distance through a {@code FuzzyTermsEnum}, which builds and compiles a
 * Levenshtein automaton per edit distance for every word it corrects (twice: once for one edit, once for two). For
 * a guide vocabulary of some thousand words that construction costs far more than the words it then visits: it was
 * a quarter of a search's CPU. This checker walks the words sharing the required prefix in the term dictionary and
 * computes each one's distance directly (optimal string alignment over code points: insertions, deletions,
 * substitutions and swaps of neighbours, which is what Lucene's automata with transpositions accept), with the
 * boosts, the competitive queue and the filters of {@code FuzzyTermsEnum} and {@code DirectSpellChecker}, in the same
 * (term) order. {@code ScanningSpellCheckerTest} compares both on the shipped guides' vocabulary.
 * <p>
 * Only the checker's default distance (the internal Levenshtein boost) is supported.
 */
final class ScanningSpellChecker extends DirectSpellChecker {

    @Override
    public void setDistance(StringDistance distance) {
        if (distance != INTERNAL_LEVENSHTEIN) throw new UnsupportedOperationException("only the internal Levenshtein distance");
        super.setDistance(distance);
    }

    @Override
    protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader ir, int docfreq, int editDistance,
                                                   float accuracy, CharsRefBuilder spare) throws IOException {
        Terms terms = MultiTerms.getTerms(ir, term.field());
        if (terms == null) return Collections.emptyList();
        int[] query = term.text().codePoints().toArray();
        int termLength = query.length;
        int prefixLength = Math.min(Math.max(getMinPrefix(), editDistance - 1), termLength);
        BytesRef prefix = new BytesRef(new String(query, 0, prefixLength));
        int[] suffix = Arrays.copyOfRange(query, prefixLength, termLength);
        BytesRef queryTerm = new BytesRef(term.text());

        PriorityQueue<ScoreTerm> queue = new PriorityQueue<>();
        Distance distance = new Distance(suffix);
        int maxEdits = editDistance;
        int[] candidate = new int[16];

        TermsEnum te = terms.iterator();
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) return queue;
        ScoreTerm st = new ScoreTerm();
        for (BytesRef t = te.term(); t != null && startsWith(t, prefix); t = te.next()) {
            if (candidate.length < t.length) candidate = new int[t.length];
            int codePoints = UnicodeUtil.UTF8toUTF32(t, candidate);
            int ed = distance.atMost(candidate, prefixLength, codePoints, maxEdits);
            if (ed > maxEdits) continue;
            float boost = ed == 0 ? 1.0f : 1.0f - (float) ed / (float) Math.min(codePoints, termLength);
            // DirectSpellChecker.suggestSimilar's loop body
            if (queue.size() >= numSug && boost <= queue.peek().boost) continue;
            if (queryTerm.bytesEquals(t)) continue;
            int df = te.docFreq();
            if (df <= docfreq) continue;
            if (boost < accuracy) continue;
            st.term = BytesRef.deepCopyOf(t);
            st.boost = boost;
            st.docfreq = df;
            st.termAsString = null;
            st.score = boost;
            queue.offer(st);
            st = queue.size() > numSug ? queue.poll() : new ScoreTerm();
            if (queue.size() >= numSug) {
                // as FuzzyTermsEnum: once the full queue's worst beats anything at this many edits, look for fewer
                // (a word at the dropped distance could not enter the queue: its boost is at most that bound)
                float bottom = queue.peek().boost;
                while (maxEdits > 0 && bottom >= 1.0f - ((float) maxEdits / (float) termLength)) maxEdits--;
            }
        }
        return queue;
    }

    private static boolean startsWith(BytesRef t, BytesRef prefix) {
        if (t.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) return false;
        }
        return true;
    }

    /** Optimal string alignment distance from one fixed word, computed only as far as a limit. */
    static final class Distance {
        private final int[] word;
        /** Rows of the distance table: two rows back (for swaps), the previous and the current; reused per word. */
        private final int[] before, previous, current;

        Distance(int[] word) {
            this.word = word;
            before = new int[word.length + 1];
            previous = new int[word.length + 1];
            current = new int[word.length + 1];
        }

        /**
         * The distance between the word and {@code other[from..to)}, or {@code limit + 1} when it is larger than
         * the limit.
         */
        int atMost(int[] other, int from, int to, int limit) {
            int n = word.length, m = to - from;
            if (Math.abs(n - m) > limit) return limit + 1;
            int[] b = before, p = previous, c = current;
            for (int j = 0; j <= n; j++) p[j] = j;
            for (int i = 1; i <= m; i++) {
                int ch = other[from + i - 1];
                c[0] = i;
                int rowMin = c[0];
                for (int j = 1; j <= n; j++) {
                    int cost = word[j - 1] == ch ? 0 : 1;
                    int d = Math.min(Math.min(p[j] + 1, c[j - 1] + 1), p[j - 1] + cost);
                    if (i > 1 && j > 1 && ch == word[j - 2] && other[from + i - 2] == word[j - 1]) {
                        d = Math.min(d, b[j - 2] + 1);
                    }
                    c[j] = d;
                    rowMin = Math.min(rowMin, d);
                }
                if (rowMin > limit) return limit + 1;
                int[] r = b;
                b = p;
                p = c;
                c = r;
            }
            return Math.min(p[n], limit + 1);
        }
    }
}
