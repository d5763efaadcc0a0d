package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is worked out per segment about its terms. The term filters never turn away a term the segment has, and turn
 * away nearly every term it has not; a small segment's terms in memory answer as its terms dictionary does: same
 * terms, statistics and postings.
 */
class SegmentTermsTest {

    private static LuceneKnowledgeSearch search;

    @BeforeAll
    static void index() {
        search = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared());
        for (Guide g : Corpus.guides()) search.index(g); // one by one: several segments
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    @Test
    void everyTermOfASegmentPasses() throws IOException {
        long checked = eachField((leaf, field, terms) -> {
            if (terms == null) return 0;
            SegmentTermFilter filter = SegmentTermFilter.of(leaf.reader());
            long n = 0;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                assertTrue(filter.mightHave(new Term(field, BytesRef.deepCopyOf(t))), field + ":" + t.utf8ToString());
                n++;
            }
            return n;
        });
        assertTrue(checked > 5_000, checked + " terms");
    }

    @Test
    void nearlyEveryAbsentTermIsTurnedAway() throws IOException {
        long[] through = {0};
        long absent = eachField((leaf, field, terms) -> {
            SegmentTermFilter filter = SegmentTermFilter.of(leaf.reader());
            if (terms == null) {
                assertFalse(filter.mightHave(new Term(field, "elev")), field + " has no terms");
                return 0;
            }
            long n = 0;
            TermsEnum te = terms.iterator();
            TermsEnum probe = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                Term missing = new Term(field, t.utf8ToString() + "qx");
                if (probe.seekExact(missing.bytes())) continue;
                n++;
                if (filter.mightHave(missing)) through[0]++;
            }
            return n;
        });
        assertTrue(absent > 5_000, absent + " absent terms");
        assertTrue(through[0] < absent / 20, through[0] + " of " + absent + " absent terms passed");
    }

    @Test
    void otherFieldsAreNotFiltered() throws IOException {
        search.withSearcher(s -> {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                assertTrue(SegmentTermFilter.of(leaf.reader()).mightHave(new Term(Fields.WORDS, "noget-helt-andet")));
            }
            return null;
        });
    }

    @Test
    void everyTermHasTheDictionarysStatisticsAndPostings() throws IOException {
        long checked = eachField((leaf, field, terms) -> {
            SegmentTermStates held = SegmentTermStates.of(leaf.reader());
            assertTrue(held.covers(field), field);
            if (terms == null) {
                assertNull(held.get(new Term(field, "elev")), field + " has no terms");
                return 0;
            }
            long n = 0;
            TermsEnum te = terms.iterator();
            TermsEnum fromState = terms.iterator();
            TermsEnum probe = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                Term term = new Term(field, BytesRef.deepCopyOf(t));
                SegmentTermStates.Entry e = held.get(term);
                assertNotNull(e, term.toString());
                assertEquals(te.docFreq(), e.docFreq(), term.toString());
                assertEquals(te.totalTermFreq(), e.totalTermFreq(), term.toString());
                fromState.seekExact(term.bytes(), e.state());
                assertEquals(docs(te.postings(null, PostingsEnum.FREQS)),
                        docs(fromState.postings(null, PostingsEnum.FREQS)), term.toString());
                Term missing = new Term(field, t.utf8ToString() + "qx");
                if (!probe.seekExact(missing.bytes())) assertNull(held.get(missing), missing.toString());
                n++;
            }
            return n;
        });
        assertTrue(checked > 5_000, checked + " terms");
    }

    /** A check of one looked-up field of a segment ({@code terms} null: the segment has none); returns a count. */
    @FunctionalInterface
    private interface FieldCheck {
        long check(LeafReaderContext leaf, String field, Terms terms) throws IOException;
    }

    /** The sum of the check's counts over every looked-up field of every segment. */
    private static long eachField(FieldCheck check) throws IOException {
        return search.withSearcher(s -> {
            long n = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                for (String field : SegmentTermFilter.FIELDS) n += check.check(leaf, field, leaf.reader().terms(field));
            }
            return n;
        });
    }

    private static List<Integer> docs(PostingsEnum p) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
            out.add(d);
            out.add(p.freq());
        }
        return out;
    }
}
