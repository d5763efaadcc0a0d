package dk.sosuhub.knowledge.internal.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

    /**
     * The stems of words, to share between filters: a word's roots in the dictionary, else, for a compound the
     * dictionary does not list, its head's roots behind its other parts, else the word itself.
     *
     * @param roots a word's roots in the dictionary (empty for an unknown word)
     */
    static WordMemo<String[]> memo(Function<String, List<String>> roots, CompoundSplitter splitter) {
        return new WordMemo<>(word -> stems(word, roots, splitter));
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
    private static String[] stems(String word, Function<String, List<String>> roots, CompoundSplitter splitter) {
        List<String> stems = new ArrayList<>(roots.apply(word));
        if (stems.isEmpty()) {
            int head = splitter.headStart(word);
            if (head > 0) {
                String prefix = word.substring(0, head);
                for (String r : roots.apply(word.substring(head))) stems.add(prefix + r);
            }
        }
        if (stems.isEmpty()) return new String[]{word};
        return stems.toArray(String[]::new);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        state = null;
    }
}
