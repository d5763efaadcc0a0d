package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.internal.analysis.KnowledgeAnalyzers;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ScanningSpellChecker} suggests exactly what Lucene's {@link DirectSpellChecker} suggests with the planner's
 * settings (and with others), on the shipped guides written one by one (several segments): for every word of the judged
 * queries and for thousands of misspellings made from the guides' own words by every kind of edit.
 */
class ScanningSpellCheckerTest {

    private static LuceneKnowledgeSearch search;

    @BeforeAll
    static void index() {
        search = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared());
        for (Guide g : Corpus.guides()) search.index(g);
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    @Test
    void sameSuggestionsAsLucene() throws IOException {
        search.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            assertTrue(reader.leaves().size() > 1, "several segments");
            List<String> words = new ArrayList<>(words(reader));
            int compared = 0, suggested = 0;
            // the planner's settings on every word, then other settings on some
            for (int[] settings : new int[][]{{2, 1, 5, 60}, {1, 1, 5, 50}, {2, 0, 5, 50}, {2, 2, 3, 80}, {2, 1, 1, 60}}) {
                DirectSpellChecker lucene = configured(new DirectSpellChecker(), settings);
                DirectSpellChecker ours = configured(new ScanningSpellChecker(), settings);
                boolean planner = compared == 0;
                for (String w : planner ? words : words.subList(0, 400)) {
                    Term t = new Term(Fields.WORDS, w);
                    for (SuggestMode mode : planner ? SuggestMode.values() : new SuggestMode[]{SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX}) {
                        SuggestWord[] expected = lucene.suggestSimilar(t, settings[2], reader, mode);
                        SuggestWord[] actual = ours.suggestSimilar(t, settings[2], reader, mode);
                        assertEquals(describe(expected), describe(actual), () -> "suggestions for " + w);
                        compared++;
                        if (expected.length > 0) suggested++;
                    }
                }
            }
            assertTrue(compared > 5_000 && suggested > compared / 4, compared + " compared, " + suggested + " with suggestions");
            return null;
        });
    }

    @Test
    void distanceIsOptimalStringAlignment() {
        assertEquals(1, distance("abcd", "abdc", 2)); // neighbours swapped
        assertEquals(3, distance("ca", "abc", 2));    // 2 in unrestricted Damerau-Levenshtein, 3 here (limit + 1)
        assertEquals(1, distance("elevløn", "elevlon", 2)); // a non-ASCII letter substituted
        assertEquals(0, distance("løn", "løn", 2));
        assertEquals(2, distance("vejleder", "vjeledr", 2));
        assertEquals(3, distance("vejleder", "ve", 2));
    }

    private static int distance(String a, String b, int limit) {
        int[] other = b.codePoints().toArray();
        return new ScanningSpellChecker.Distance(a.codePoints().toArray()).atMost(other, 0, other.length, limit);
    }

    private static DirectSpellChecker configured(DirectSpellChecker c, int[] settings) {
        c.setMaxEdits(settings[0]);
        c.setMinPrefix(settings[1]);
        c.setMinQueryLength(4);
        c.setAccuracy(settings[3] / 100f);
        return c;
    }

    /** The judged queries' words and misspellings of the guides' words: each kind of edit, one and two at a time. */
    private static Set<String> words(IndexReader reader) throws IOException {
        KnowledgeAnalyzers analyzers = new KnowledgeAnalyzers(LanguageResources.shared());
        Set<String> out = new LinkedHashSet<>();
        for (String q : Corpus.judged().keySet()) out.addAll(KnowledgeAnalyzers.terms(analyzers.words(), Fields.WORDS, q));
        List<String> vocabulary = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String s = t.utf8ToString();
            if (s.length() >= 4 && s.chars().allMatch(Character::isLetter)) vocabulary.add(s);
        }
        Random rnd = new Random(7);
        String letters = "abcdefghijklmnopqrstuvwxyzæøå";
        for (int i = 0; i < 1500; i++) {
            String w = vocabulary.get(rnd.nextInt(vocabulary.size()));
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) w = edit(w, rnd, letters);
            out.add(w);
        }
        for (int i = 0; i < 200; i++) out.add(vocabulary.get(rnd.nextInt(vocabulary.size()))); // known words
        return out;
    }

    private static String edit(String w, Random rnd, String letters) {
        if (w.length() < 2) return w;
        int p = rnd.nextInt(w.length() - 1);
        char c = letters.charAt(rnd.nextInt(letters.length()));
        return switch (rnd.nextInt(4)) {
            case 0 -> w.substring(0, p) + w.substring(p + 1);                                // delete
            case 1 -> w.substring(0, p) + c + w.substring(p);                                 // insert
            case 2 -> w.substring(0, p) + c + w.substring(p + 1);                             // substitute
            default -> w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2); // swap neighbours
        };
    }

    private static String describe(SuggestWord[] words) {
        StringBuilder b = new StringBuilder();
        for (SuggestWord s : words) b.append(s.string).append(' ').append(s.score).append(' ').append(s.freq).append("; ");
        return b.toString();
    }
}
