package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;

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
    private static final SegmentTermStates NONE = new SegmentTermStates(new String[0], 0);

    /** A term's state in the segment and its statistics, with the term it is of. */
    record Entry(String field, byte[] term, TermState state, int docFreq, long totalTermFreq) {
    }

    /**
     * Every held term of every field in one open-addressing table (at most half full), probed linearly: a look-up
     * reads the slot's hash and, only when it is the term's, its entry. A map per field of {@code BytesRef} keys
     * followed three references (node, key, bytes) for every probe, most of them to memory not in the cache: 4 % of a
     * search's CPU in the distribution went to those probes.
     */
    private final String[] fields;
    private final int[] hashes;
    private final Entry[] entries;
    private final int mask;

    private SegmentTermStates(String[] fields, int terms) {
        this.fields = fields;
        int size = Integer.highestOneBit(Math.max(2, terms) * 2 - 1) << 1;
        this.hashes = new int[terms == 0 ? 0 : size];
        this.entries = new Entry[terms == 0 ? 0 : size];
        this.mask = size - 1;
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
        SegmentTermStates held = new SegmentTermStates(SegmentTermFilter.FIELDS.clone(), (int) total);
        for (String field : held.fields) {
            Terms terms = reader.terms(field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                Entry e = new Entry(field, BytesRef.deepCopyOf(t).bytes, te.termState(), te.docFreq(), te.totalTermFreq());
                int h = hash(field, t.hashCode());
                int i = h & held.mask;
                while (held.entries[i] != null) i = (i + 1) & held.mask;
                held.hashes[i] = h;
                held.entries[i] = e;
            }
        }
        return held;
    }

    /** The slot hash of a term: the hash of its bytes ({@link BytesRef#hashCode}) and its field. */
    private static int hash(String field, int bytesHash) {
        int h = bytesHash ^ (field.hashCode() * 0x9E3779B9);
        return h ^ (h >>> 16);
    }

    /** Whether the segment's terms are held here (it is small enough). */
    boolean holdsTerms() {
        return entries.length > 0;
    }

    /** Whether the term's field is held here, so that {@link #get} answers for it. */
    boolean covers(String field) {
        if (entries.length == 0) return false;
        for (String f : fields) {
            if (f.equals(field)) return true;
        }
        return false;
    }

    /** The term's entry, null when the segment does not have it; only for a field it {@link #covers}. */
    Entry get(Term term) {
        String field = term.field();
        BytesRef bytes = term.bytes();
        int h = hash(field, bytes.hashCode());
        for (int i = h & mask; ; i = (i + 1) & mask) {
            Entry e = entries[i];
            if (e == null) return null;
            if (hashes[i] == h && e.term.length == bytes.length && e.field.equals(field)
                    && Arrays.equals(e.term, 0, e.term.length, bytes.bytes, bytes.offset, bytes.offset + bytes.length)) {
                return e;
            }
        }
    }
}
