package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per segment, postings and terms enumerations that finished searches gave back, for the next searches to reuse.
 * Lucene makes a new postings enumeration for every term of every query it scores, each with 3-8 KB of decoding
 * buffers: over a third of what a search allocated. An enumeration is reset for each term it is used for, so a
 * reused one reads exactly what a new one would.
 * <p>
 * A search takes a whole {@link Kit} (its enumerations by field) when it first needs one of the segment, uses it
 * alone, and gives it back at its end: two lock-free steps per search and segment. A shared queue per field, taken
 * from and given to for every term, cost more than it saved with 16 searches on 2 cores (a thread preempted while
 * holding its lock stalled the others). At most {@value #KITS} kits are kept (about as many as searches run at
 * once), each with at most {@value #PER_FIELD} enumerations per field and kind; dropped with the segment, as
 * {@link SegmentBits}.
 */
final class SegmentPostings {

    private static final int KITS = 64;
    private static final int PER_FIELD = 64;
    private static final PerSegment<SegmentPostings> SEGMENTS = new PerSegment<>(reader -> new SegmentPostings());

    private final ConcurrentLinkedDeque<Kit> kits = new ConcurrentLinkedDeque<>();
    private final AtomicInteger kept = new AtomicInteger();

    private SegmentPostings() {
    }

    static SegmentPostings of(LeafReader reader) {
        return SEGMENTS.of(reader);
    }

    /** A kit for one search to use alone until it {@link #give}s it back: one a finished search gave, or a new one. */
    Kit take() {
        Kit kit = kits.pollFirst();
        if (kit == null) return new Kit(this);
        kept.decrementAndGet();
        return kit;
    }

    /** Gives back a kit whose enumerations nothing reads any more. */
    void give(Kit kit) {
        if (kept.incrementAndGet() > KITS) {
            kept.decrementAndGet();
            return;
        }
        kits.offerFirst(kit); // the most recently used first: its buffers are the likeliest to be in a cache
    }

    /**
     * One search's enumerations of the segment, by field, those with positions apart (Lucene reuses an enumeration
     * only for the same features). Not thread-safe: one search at a time.
     */
    static final class Kit {
        final SegmentPostings segment;
        private final Map<String, ArrayDeque<PostingsEnum>> docs = new HashMap<>();
        private final Map<String, ArrayDeque<PostingsEnum>> positions = new HashMap<>();
        /** A terms enumeration per field: a search positions one per field and segment (about 1 KB each). */
        private final Map<String, TermsEnum> termsEnums = new HashMap<>();

        private Kit(SegmentPostings segment) {
            this.segment = segment;
        }

        /** An enumeration of the field for the features ({@link PostingsEnum#FREQS} ...) to reuse, or null. */
        PostingsEnum take(String field, int flags) {
            ArrayDeque<PostingsEnum> kept = kept(flags).get(field);
            return kept == null ? null : kept.pollLast();
        }

        /** Puts back an enumeration of the field, asked for those features. */
        void put(String field, int flags, PostingsEnum postings) {
            ArrayDeque<PostingsEnum> kept = kept(flags).computeIfAbsent(field, f -> new ArrayDeque<>());
            if (kept.size() < PER_FIELD) kept.addLast(postings);
        }

        /** A terms enumeration of the field to reuse (positioned anywhere), or null. */
        TermsEnum termsEnum(String field) {
            return termsEnums.remove(field);
        }

        /** Puts back a terms enumeration of the field. */
        void putTermsEnum(String field, TermsEnum termsEnum) {
            termsEnums.put(field, termsEnum);
        }

        private Map<String, ArrayDeque<PostingsEnum>> kept(int flags) {
            return PostingsEnum.featureRequested(flags, PostingsEnum.POSITIONS) ? positions : docs;
        }
    }
}
