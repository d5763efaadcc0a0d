package dk.sosuhub.knowledge.internal.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * Emits only the parts of compound words (see {@link CompoundSplitter}), for a field of its own weighted below
 * whole words; other tokens are dropped. Put it after stemming and stem the parts again after it.
 */
public final class DanishCompoundFilter extends TokenFilter {

    private final CompoundSplitter splitter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private int pendingInc;

    public DanishCompoundFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (!pending.isEmpty()) {
                termAtt.setEmpty().append(pending.poll());
                posAtt.setPositionIncrement(pendingInc);
                pendingInc = 0;
                return true;
            }
            if (!input.incrementToken()) return false;
            pendingInc += posAtt.getPositionIncrement();
            pending.addAll(splitter.parts(termAtt.toString()));
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        pendingInc = 0;
    }
}
