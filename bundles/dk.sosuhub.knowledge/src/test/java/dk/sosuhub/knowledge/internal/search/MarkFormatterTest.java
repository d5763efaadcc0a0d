package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The snippets' formatter gives exactly what Lucene's gives with the same settings, escaping included (and, for the
 * body, what Lucene's gives with its line breaks replaced by spaces, stripped).
 */
class MarkFormatterTest {

    private static final String ALPHABET = "ab æøåÆØÅ–…&<>\"'/\\\n\t.,;:!?()0123456789\u00a0é😀";

    @Test
    void sameTextAsLucenesFormatter() {
        DefaultPassageFormatter lucene = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
        Snippets.MarkFormatter ours = new Snippets.MarkFormatter(false);
        Snippets.MarkFormatter oneLine = new Snippets.MarkFormatter(true);
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            String text = text(random, 1 + random.nextInt(300));
            Passage[] passages = passages(random, text);
            String expected = lucene.format(passages, text);
            assertEquals(expected, ours.format(passages, text), text);
            assertEquals(expected.replace('\n', ' ').strip(), oneLine.format(passages, text), text);
        }
    }

    private static String text(Random random, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        return b.toString();
    }

    /** Up to three passages in text order, each with up to three marked spans starting inside it. */
    private static Passage[] passages(Random random, String text) {
        List<Passage> out = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < 1 + random.nextInt(3) && from < text.length(); p++) {
            int start = from + random.nextInt(text.length() - from);
            int end = start + 1 + random.nextInt(text.length() - start);
            Passage passage = new Passage();
            passage.setStartOffset(start);
            passage.setEndOffset(end);
            int at = start;
            for (int m = 0; m < random.nextInt(4) && at < end; m++) {
                int ms = at + random.nextInt(end - at);
                // some matches overlap the next one or reach past their passage
                int me = ms + 1 + random.nextInt(Math.min(8, text.length() - ms));
                passage.addMatch(ms, me, new BytesRef("x"), 1);
                at = random.nextInt(3) == 0 ? ms + 1 : me;
            }
            out.add(passage);
            from = end;
        }
        return out.toArray(new Passage[0]);
    }
}
