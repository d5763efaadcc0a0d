package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * alone, and gives it back at its end: two lock-free steps per search and segment. The kit keeps what it lent, so
 * giving it back is all a search has to remember. A shared queue per field, taken
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

    /** A kit for one search to use alone until it gives it back: one a finished search gave back, or a new one. */
    Kit take() {
        Kit kit = kits.pollFirst();
        if (kit == null) return new Kit(this);
        kept.decrementAndGet();
        return kit;
    }

    private void give(Kit kit) {
        if (kept.incrementAndGet() > KITS) {
            kept.decrementAndGet();
            return;
        }
        kits.offerFirst(kit); // the most recently used first: its buffers are the likeliest to be in a cache
    }

    /**
     * One search's enumerations of the segment: a terms enumeration per field, and the postings enumerations it has
     * lent out or holds free, by field, those with positions apart (Lucene reuses an enumeration only for the same
     * features). Not thread-safe: one search at a time.
     */
    static final class Kit {
        private final SegmentPostings segment;
        private final Map<String, TermsEnum> termsEnums = new HashMap<>();
        private final Map<String, ArrayDeque<PostingsEnum>> docs = new HashMap<>();
        private final Map<String, ArrayDeque<PostingsEnum>> positions = new HashMap<>();
        /** What the search holds now, each with the free list it goes back to. */
        private final List<PostingsEnum> lent = new ArrayList<>();
        private final List<ArrayDeque<PostingsEnum>> lentFrom = new ArrayList<>();

        private Kit(SegmentPostings segment) {
            this.segment = segment;
        }

        /**
         * The kit's terms enumeration of the field, positioned anywhere (every use seeks); null when the segment has
         * no such field.
         */
        TermsEnum termsEnum(LeafReader reader, String field) throws IOException {
            TermsEnum te = termsEnums.get(field);
            if (te == null) {
                Terms terms = reader.terms(field);
                if (terms == null) return null;
                termsEnums.put(field, te = terms.iterator());
            }
            return te;
        }

        /** The postings of the term the terms enumeration is positioned on, lent until the kit is given back. */
        PostingsEnum postings(TermsEnum positioned, String field, int flags) throws IOException {
            Map<String, ArrayDeque<PostingsEnum>> kind = PostingsEnum.featureRequested(flags, PostingsEnum.POSITIONS)
                    ? positions : docs;
            ArrayDeque<PostingsEnum> free = kind.computeIfAbsent(field, f -> new ArrayDeque<>());
            PostingsEnum postings = positioned.postings(free.pollLast(), flags);
            lent.add(postings);
            lentFrom.add(free);
            return postings;
        }

        /** Gives the kit back to its segment for later searches: nothing reads its enumerations any more. */
        void giveBack() {
            for (int i = 0; i < lent.size(); i++) {
                if (lentFrom.get(i).size() < PER_FIELD) lentFrom.get(i).addLast(lent.get(i));
            }
            lent.clear();
            lentFrom.clear();
            segment.give(this);
        }
    }
}
