package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Per segment too large for its {@link SegmentTermStates}, a Bloom filter of the terms of each field the planner looks
 * terms up in. About half of those look-ups find nothing (words typed apart tried as one compound, a word's title and
 * topics terms when only the body has it, parts of words that are no compound), and the filter answers most of them
 * without a seek in the terms dictionary.
 * It never turns away a term the segment has, so the answers are the same. Built once per segment (segments are
 * immutable) when a searcher first opens it, and dropped with it, as {@link SegmentBits}.
 */
final class SegmentTermFilter {

    static final String[] FIELDS = {Fields.ALL, Fields.PARTS, Fields.TITLE, Fields.SUMMARY, Fields.TOPICS, Fields.BODY};
    /** At least 10 bits per term and 3 probes: under 2 % of absent terms pass. */
    private static final int BITS_PER_TERM = 10;
    private static final int PROBES = 3;
    private static final int SEED_1 = 0x5eed_0001;
    private static final int SEED_2 = 0x5eed_0002;
    private static final long[] NO_TERMS = new long[0];
    private static final PerSegment<SegmentTermFilter> SEGMENTS = new PerSegment<>(SegmentTermFilter::new);

    private final Map<String, long[]> bitsByField = new HashMap<>();

    private SegmentTermFilter(LeafReader reader) throws IOException {
        for (String field : FIELDS) {
            Terms terms = reader.terms(field);
            if (terms == null) {
                bitsByField.put(field, NO_TERMS);
                continue;
            }
            long size = terms.size();
            if (size < 0) { // unknown to the codec: count them
                size = 0;
                for (TermsEnum te = terms.iterator(); te.next() != null; ) size++;
            }
            long wanted = Math.min(1L << 30, Math.max(64, size * BITS_PER_TERM)); // bits, rounded up to a power of 2
            long[] bits = new long[(int) (Long.highestOneBit(wanted - 1) << 1 >>> 6)];
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) probe(bits, t, true);
            bitsByField.put(field, bits);
        }
    }

    static SegmentTermFilter of(LeafReader reader) {
        return SEGMENTS.of(reader);
    }

    /** False when the segment has no such term; true when it may have it, or the field is not filtered. */
    boolean mightHave(Term term) {
        long[] bits = bitsByField.get(term.field());
        if (bits == null) return true;
        return bits.length > 0 && probe(bits, term.bytes(), false);
    }

    /** The term's bits (two hashes, {@value #PROBES} probes): sets them, or tells whether all are set. */
    private static boolean probe(long[] bits, BytesRef term, boolean set) {
        int h1 = StringHelper.murmurhash3_x86_32(term, SEED_1);
        int h2 = StringHelper.murmurhash3_x86_32(term, SEED_2);
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & (bits.length * 64 - 1);
            if (set) bits[bit >>> 6] |= 1L << bit;
            else if ((bits[bit >>> 6] & (1L << bit)) == 0) return false;
        }
        return true;
    }
}
