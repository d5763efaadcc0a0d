package dk.sosuhub.knowledge.internal.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The sentence boundaries of the JDK's sentence {@link BreakIterator}, found by one lazy forward pass per text and
 * then answered by binary search. The highlighter asks {@code preceding}/{@code following} around every match;
 * the JDK's rule-based iterator answers each of those by re-scanning from a safe point, which made snippets the
 * most expensive part of a search (profile in docs/performance.md). The boundaries are those of the JDK iterator's
 * forward pass; {@code following} answers as the JDK does, {@code preceding} answers the last forward boundary
 * before the offset (the JDK's backward rules now and then stop at a position its forward pass does not see as a
 * sentence start, e.g. inside a Markdown list; there a snippet may now start one sentence earlier).
 * <p>
 * A text whose boundaries are already known (see {@link SnippetTexts}, found by {@link #all}) is not scanned again:
 * its boundaries are the same as the forward pass would find.
 * <p>
 * One instance per highlighting call (not thread-safe, like every {@link BreakIterator}).
 */
final class SentenceBoundaries extends BreakIterator {

    private final Locale locale;
    /** Texts (by identity) with their complete boundaries. */
    private final Map<String, int[]> known;
    private BreakIterator sentences;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int count = 1;
    /** Index into {@link #bounds} of the current boundary. */
    private int pos;

    SentenceBoundaries(Locale locale) {
        this(locale, Map.of());
    }

    /** @param known texts, by identity, with their boundaries as {@link #all} gives them (never changed here) */
    SentenceBoundaries(Locale locale, Map<String, int[]> known) {
        this.locale = locale;
        this.known = known;
    }

    /** Every boundary of the text, the first (0) and the end included, as one forward pass finds them. */
    static int[] all(String text, Locale locale) {
        SentenceBoundaries b = new SentenceBoundaries(locale);
        b.setText(text);
        b.scanPast(Integer.MAX_VALUE);
        return Arrays.copyOf(b.bounds, b.count);
    }

    @Override
    public void setText(String newText) {
        int[] all = known.get(newText);
        if (all == null) {
            setText(new StringCharacterIterator(newText));
            return;
        }
        text = new StringCharacterIterator(newText);
        bounds = all;
        count = all.length;
        complete = true;
        pos = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        if (sentences == null) sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(newText);
        bounds = new int[16];
        bounds[0] = sentences.first();
        count = 1;
        complete = false;
        pos = 0;
    }

    /** Whether the forward pass reached the end of the text. */
    private boolean complete;

    /**
     * Runs the forward pass on until a boundary beyond {@code offset} is known (or the text ends): the highlighter
     * asks in increasing offsets, so a text is scanned only as far as its last match.
     */
    private void scanPast(int offset) {
        while (!complete && bounds[count - 1] <= offset) {
            int b = sentences.next();
            if (b == DONE) {
                complete = true;
                return;
            }
            if (count == bounds.length) bounds = Arrays.copyOf(bounds, count * 2);
            bounds[count++] = b;
        }
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
        scanPast(Integer.MAX_VALUE);
        pos = count - 1;
        return bounds[pos];
    }

    @Override
    public int next(int n) {
        int target = pos + n;
        while (target >= count && !complete) scanPast(bounds[count - 1]);
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
        if (pos + 1 >= count) scanPast(bounds[count - 1]);
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
        scanPast(offset);
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
        scanPast(offset);
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
        scanPast(offset);
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
