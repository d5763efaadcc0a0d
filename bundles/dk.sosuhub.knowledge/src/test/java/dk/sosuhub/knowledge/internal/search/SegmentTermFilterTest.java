package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The segments' term filters never turn away a term the segment has, and turn away nearly every term it has not. */
class SegmentTermFilterTest {

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
        long checked = search.withSearcher(s -> {
            long n = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SegmentTermFilter filter = SegmentTermFilter.of(leaf.reader());
                for (String field : SegmentTermFilter.FIELDS) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) continue;
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        assertTrue(filter.mightHave(new Term(field, BytesRef.deepCopyOf(t))), field + ":" + t.utf8ToString());
                        n++;
                    }
                }
            }
            return n;
        });
        assertTrue(checked > 5_000, checked + " terms");
    }

    @Test
    void nearlyEveryAbsentTermIsTurnedAway() throws IOException {
        long[] passed = search.withSearcher(s -> {
            long absent = 0, through = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SegmentTermFilter filter = SegmentTermFilter.of(leaf.reader());
                for (String field : SegmentTermFilter.FIELDS) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        assertFalse(filter.mightHave(new Term(field, "elev")), field + " has no terms");
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    TermsEnum probe = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        Term missing = new Term(field, t.utf8ToString() + "qx");
                        if (probe.seekExact(missing.bytes())) continue;
                        absent++;
                        if (filter.mightHave(missing)) through++;
                    }
                }
            }
            return new long[] {absent, through};
        });
        assertTrue(passed[0] > 5_000, passed[0] + " absent terms");
        assertTrue(passed[1] < passed[0] / 20, passed[1] + " of " + passed[0] + " absent terms passed");
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
}
