package dk.sosuhub.knowledge.internal.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.hunspell.Dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits Danish compounds with a word list. Unlike Lucene's DictionaryCompoundWordTokenFilter, which takes every
 * dictionary word found anywhere inside a token (so "elevens" also yields "ens", "vejleder" also "leder"), it keeps
 * only a split that covers the whole word with dictionary words (no stop words), allowing the linking letters s and
 * e (oplæring·s·vejleder), with as few parts as possible. Words the dictionary lists are split only when 9+
 * letters long (sygefravær yes; vejleder, opgave no). A word's parts are worked out once ({@link WordMemo}).
 * Thread-safe.
 */
public final class CompoundSplitter {

    static final int MIN_WORD = 6;
    static final int MIN_PART = 3;
    /** Parts are split again only when this long (sygefravær yes; vejleder, opgave, sundhed no). */
    static final int MIN_RESPLIT = 9;
    private static final int MAX_DEPTH = 3;

    private final CharArraySet words;
    private final CharArraySet stopWords;
    private final Dictionary dictionary;
    private final WordMemo<List<String>> parts = new WordMemo<>(word -> List.copyOf(split(word)));

    /** @param dictionary words it lists are split only when long (vejleder, opgave stay whole) */
    public CompoundSplitter(CharArraySet words, CharArraySet stopWords, Dictionary dictionary) {
        this.words = words;
        this.stopWords = stopWords;
        this.dictionary = dictionary;
    }

    /** All parts, long parts split again; empty if the word is no compound. */
    public List<String> parts(String word) {
        return parts.get(word);
    }

    private List<String> split(String word) {
        List<String> out = new ArrayList<>();
        split(word.toCharArray(), 0, word.length(), 0, out);
        return out;
    }

    /** Where the last part (the head) of a compound starts, or -1 if the word is no compound. */
    public int headStart(String word) {
        char[] buf = word.toCharArray();
        if (word.length() < MIN_WORD || !letters(buf, 0, buf.length)) return -1;
        List<int[]> parts = bestSplit(buf, 0, buf.length);
        return parts == null ? -1 : parts.get(parts.size() - 1)[0];
    }

    private void split(char[] buf, int off, int len, int depth, List<String> out) {
        if (len < (depth == 0 ? MIN_WORD : MIN_RESPLIT) || depth >= MAX_DEPTH || !letters(buf, off, len)) return;
        if (depth == 0 && len < MIN_RESPLIT && dictionary.lookupEntries(new String(buf, off, len)) != null) return;
        List<int[]> parts = bestSplit(buf, off, len);
        if (parts == null) return;
        for (int[] p : parts) {
            out.add(new String(buf, off + p[0], p[1]));
            split(buf, off + p[0], p[1], depth + 1, out);
        }
    }

    private static boolean letters(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) if (!Character.isLetter(buf[i])) return false;
        return true;
    }

    /** Fewest-parts cover of buf[off, off+len) with at least two parts: (start relative to off, length) without linking letters, or null. */
    private List<int[]> bestSplit(char[] buf, int off, int len) {
        int[] best = new int[len + 1];   // fewest parts covering [0, i)
        int[] prev = new int[len + 1];   // start of the last part
        int[] plen = new int[len + 1];   // its length without the linking letter
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < len; i++) {
            if (best[i] == Integer.MAX_VALUE) continue;
            for (int j = i + MIN_PART; j <= len; j++) {
                if (j - i == len || !isPart(buf, off + i, j - i)) continue;
                relax(best, prev, plen, i, j, j - i);
                if (j < len - MIN_PART && (buf[off + j] == 's' || buf[off + j] == 'e')) {
                    relax(best, prev, plen, i, j + 1, j - i);
                }
            }
        }
        if (best[len] == Integer.MAX_VALUE || best[len] < 2) return null;
        List<int[]> parts = new ArrayList<>();
        for (int end = len; end > 0; end = prev[end]) parts.add(0, new int[]{prev[end], plen[end]});
        return parts;
    }

    private static void relax(int[] best, int[] prev, int[] plen, int from, int to, int partLen) {
        int cost = best[from] + 1;
        if (cost < best[to] || (cost == best[to] && partLen > plen[to])) {
            best[to] = cost;
            prev[to] = from;
            plen[to] = partLen;
        }
    }

    private boolean isPart(char[] buf, int off, int len) {
        return words.contains(buf, off, len) && !stopWords.contains(buf, off, len);
    }
}
