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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Hunspell stemming (all roots, stacked) that also stems compounds the dictionary does not list by their head:
 * oplæringsvejlederens → oplæringsvejleder (head vejlederens → vejleder). Unknown other words pass unchanged.
 * The roots of a word depend on the word alone, so they are cached in a map that every instance of the analyzers
 * shares (thread-safe): the analyzers keep one filter per thread, and a per-instance cache made every one of the web
 * server's threads pay for the Hunspell lookups of the same words again.
 */
public final class DanishStemFilter extends TokenFilter {

    private static final int CACHE_SIZE = 50_000;
    private final Hunspell hunspell;
    private final CompoundSplitter splitter;
    private final Map<String, String[]> cache;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private String[] pending;
    private int next;
    private State state;

    public DanishStemFilter(TokenStream input, Dictionary dictionary, CompoundSplitter splitter) {
        this(input, dictionary, splitter, new ConcurrentHashMap<>());
    }

    /** @param cache the roots of words, shared by filters of the same dictionary and splitter (thread-safe map) */
    public DanishStemFilter(TokenStream input, Dictionary dictionary, CompoundSplitter splitter, Map<String, String[]> cache) {
        super(input);
        this.hunspell = new Hunspell(dictionary);
        this.splitter = splitter;
        this.cache = cache;
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
        String word = termAtt.toString();
        String[] stems = cache.get(word);
        if (stems == null) {
            stems = stems(word);
            if (cache.size() >= CACHE_SIZE) cache.clear();
            cache.put(word, stems);
        }
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
    String[] stems(String word) {
        List<String> roots = roots(word);
        if (roots.isEmpty()) {
            int head = splitter.headStart(word);
            if (head > 0) {
                String prefix = word.substring(0, head);
                for (String r : roots(word.substring(head))) roots.add(prefix + r);
            }
        }
        if (roots.isEmpty()) return new String[]{word};
        return roots.toArray(String[]::new);
    }

    private List<String> roots(String word) {
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
