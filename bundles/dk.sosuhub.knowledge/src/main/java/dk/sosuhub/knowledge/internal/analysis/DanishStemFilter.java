package dk.sosuhub.knowledge.internal.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hunspell stemming (all roots, stacked) that also stems compounds the dictionary does not list by their head:
 * oplæringsvejlederens → oplæringsvejleder (head vejlederens → vejleder). Unknown other words pass unchanged.
 * The roots of a word depend on the word alone, so they are kept in a {@link WordMemo} that every instance of the
 * analyzers shares: the analyzers keep one filter per thread, and a per-instance cache made every one of the web
 * server's threads pay for the Hunspell lookups of the same words again.
 */
public final class DanishStemFilter extends TokenFilter {

    private final WordMemo<String[]> stems;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private String[] pending;
    private int next;
    private State state;

    /** @param stems the stems of words ({@link #memo}), shared by filters of the same dictionary and splitter */
    DanishStemFilter(TokenStream input, WordMemo<String[]> stems) {
        super(input);
        this.stems = stems;
    }

    /** The stems of words by the dictionary and the splitter, to share between filters. */
    static WordMemo<String[]> memo(Dictionary dictionary, CompoundSplitter splitter) {
        Hunspell hunspell = new Hunspell(dictionary); // thread-safe
        return new WordMemo<>(word -> stems(word, hunspell, splitter));
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && next < pending.length) {
            restoreState(state);
            termAtt.setEmpty().append(pending[next++]);
            posAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        if (keywordAtt.isKeyword()) return true;
        String[] stems = this.stems.get(termAtt.toString());
        termAtt.setEmpty().append(stems[0]);
        if (stems.length > 1) {
            pending = stems;
            next = 1;
            state = captureState();
        } else {
            pending = null;
        }
        return true;
    }

    /** The roots of a word, never empty. */
    private static String[] stems(String word, Hunspell hunspell, CompoundSplitter splitter) {
        List<String> roots = roots(word, hunspell);
        if (roots.isEmpty()) {
            int head = splitter.headStart(word);
            if (head > 0) {
                String prefix = word.substring(0, head);
                for (String r : roots(word.substring(head), hunspell)) roots.add(prefix + r);
            }
        }
        if (roots.isEmpty()) return new String[]{word};
        return roots.toArray(String[]::new);
    }

    /** The word's roots in the dictionary, lower-cased, in the dictionary's order; empty for an unknown word. */
    static List<String> roots(String word, Hunspell hunspell) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (String r : hunspell.getRoots(word)) out.add(r.toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            // odd input: treat as unknown
        }
        return new ArrayList<>(out);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        state = null;
    }
}
