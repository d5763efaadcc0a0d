package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Per small segment, every term of the fields the planner looks terms up in, with its state and statistics, in
 * memory: a look-up is a hash probe where a seek in the terms dictionary cost a search a tenth of its time (dozens of
 * look-ups per search, each reading and scanning a block). The states are the segment's own, read once, so the
 * answers are the same; they are only read, never changed, so every search may share them. A segment with more than
 * {@value #MAX_TERMS} such terms gets none (it would hold too much memory: about 200 bytes a term) and is looked up
 * in its dictionary, past its {@link SegmentTermFilter}. Built when a searcher first opens the segment and dropped with
 * it, as {@link SegmentBits}.
 */
final class SegmentTermStates {

    static final long MAX_TERMS = 60_000;
    private static final PerSegment<SegmentTermStates> SEGMENTS = new PerSegment<>(SegmentTermStates::build);
    private static final SegmentTermStates NONE = new SegmentTermStates(Map.of());

    /** A term's state in the segment and its statistics. */
    record Entry(TermState state, int docFreq, long totalTermFreq) {
    }

    private final Map<String, Map<BytesRef, Entry>> byField;

    private SegmentTermStates(Map<String, Map<BytesRef, Entry>> byField) {
        this.byField = byField;
    }

    /** The segment's term states; {@link #covers} nothing when the segment is too large. */
    static SegmentTermStates of(LeafReader reader) {
        return SEGMENTS.of(reader);
    }

    private static SegmentTermStates build(LeafReader reader) throws IOException {
        long total = 0;
        for (String field : SegmentTermFilter.FIELDS) {
            Terms terms = reader.terms(field);
            if (terms == null) continue;
            long size = terms.size();
            if (size < 0) return NONE; // unknown to the codec
            total += size;
        }
        if (total > MAX_TERMS) return NONE;
        Map<String, Map<BytesRef, Entry>> byField = new HashMap<>();
        for (String field : SegmentTermFilter.FIELDS) {
            Map<BytesRef, Entry> states = new HashMap<>();
            Terms terms = reader.terms(field);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    states.put(BytesRef.deepCopyOf(t), new Entry(te.termState(), te.docFreq(), te.totalTermFreq()));
                }
            }
            byField.put(field, states);
        }
        return new SegmentTermStates(byField);
    }

    /** Whether the segment's terms are held here (it is small enough). */
    boolean holdsTerms() {
        return !byField.isEmpty();
    }

    /** Whether the term's field is held here, so that {@link #get} answers for it. */
    boolean covers(String field) {
        return byField.containsKey(field);
    }

    /** The term's entry, null when the segment does not have it; only for a field it {@link #covers}. */
    Entry get(Term term) {
        return byField.get(term.field()).get(term.bytes());
    }
}
