package dk.sosuhub.knowledge.internal.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The sentence boundaries of the JDK's sentence {@link BreakIterator}, computed once per text in one forward pass
 * and then answered by binary search. The highlighter asks {@code preceding}/{@code following} around every match;
 * the JDK's rule-based iterator answers each of those by re-scanning from a safe point, which made snippets the
 * most expensive part of a search (profile in docs/performance.md). The boundaries are those of the JDK iterator's
 * forward pass; {@code following} answers as the JDK does, {@code preceding} answers the last forward boundary
 * before the offset (the JDK's backward rules now and then stop at a position its forward pass does not see as a
 * sentence start, e.g. inside a Markdown list; there a snippet may now start one sentence earlier).
 * <p>
 * One instance per highlighting call (not thread-safe, like every {@link BreakIterator}).
 */
final class SentenceBoundaries extends BreakIterator {

    private final BreakIterator sentences;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int count = 1;
    /** Index into {@link #bounds} of the current boundary. */
    private int pos;

    SentenceBoundaries(Locale locale) {
        this.sentences = BreakIterator.getSentenceInstance(locale);
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        sentences.setText(newText);
        int[] b = new int[16];
        int n = 0;
        for (int i = sentences.first(); i != DONE; i = sentences.next()) {
            if (n == b.length) b = Arrays.copyOf(b, n * 2);
            b[n++] = i;
        }
        bounds = b;
        count = n;
        pos = 0;
    }

    @Override
    public void setText(String newText) {
        setText(new StringCharacterIterator(newText));
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        pos = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        pos = count - 1;
        return bounds[pos];
    }

    @Override
    public int next(int n) {
        int target = pos + n;
        if (target < 0) {
            pos = 0;
            return DONE;
        }
        if (target >= count) {
            pos = count - 1;
            return DONE;
        }
        pos = target;
        return bounds[pos];
    }

    @Override
    public int next() {
        if (pos + 1 >= count) {
            pos = count - 1;
            return DONE;
        }
        return bounds[++pos];
    }

    @Override
    public int previous() {
        if (pos == 0) return DONE;
        return bounds[--pos];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        // first boundary greater than offset
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= count) {
            pos = count - 1;
            return DONE;
        }
        pos = i;
        return bounds[pos];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        // last boundary less than offset
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        if (i < 0) {
            pos = 0;
            return DONE;
        }
        pos = i;
        return bounds[pos];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        if (i >= 0) {
            pos = i;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return bounds[pos];
    }

    private void checkOffset(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset out of bounds: " + offset);
        }
    }
}
