package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per segment, the documents of every value of the keyword fields (municipality, audience, topic, programme) as bit
 * sets: tenant and filter checks are bit-set intersections and facet counts are intersection counts, so counting
 * all hits of a broad query stays cheap. Built once per segment (segments are immutable) and dropped with it.
 */
final class SegmentBits {

    static final String[] FIELDS = {Fields.MUNICIPALITY, Fields.AUDIENCE, Fields.TOPIC, Fields.PROGRAMME};
    private static final PerSegment<SegmentBits> SEGMENTS = new PerSegment<>(SegmentBits::new);

    private final Map<String, Map<String, FixedBitSet>> byField = new HashMap<>();

    private SegmentBits(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        for (String field : FIELDS) {
            Map<String, FixedBitSet> values = new LinkedHashMap<>();
            Terms terms = reader.terms(field);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    FixedBitSet bits = new FixedBitSet(maxDoc);
                    pe = te.postings(pe, PostingsEnum.NONE);
                    bits.or(pe);
                    values.put(t.utf8ToString(), bits);
                }
            }
            byField.put(field, Collections.unmodifiableMap(values));
        }
    }

    static SegmentBits of(LeafReader reader) {
        return SEGMENTS.of(reader);
    }

    /** Documents with the value, or null. */
    FixedBitSet docs(String field, String value) {
        return byField.get(field).get(value);
    }

    Map<String, FixedBitSet> values(String field) {
        return byField.get(field);
    }
}
