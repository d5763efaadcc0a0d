package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one search, each looked up in the index once: the planner asks for document frequencies, the
 * counting for term states and both queries for term states and statistics of the same terms. Lucene looked every
 * term up again for each of them, each time with a new terms enumeration per segment; here one enumeration per
 * segment and field serves the request. A small segment answers from its {@link SegmentTermStates} without a seek; a
 * large one's {@link SegmentTermFilter} answers for most terms it does not have. Lives for one request: its terms are
 * not kept between searches, and its enumerations go back to their segments at its end ({@link #release}); not
 * thread-safe.
 */
final class TermLookup {

    private final IndexReaderContext top;
    private final Thread owner = Thread.currentThread();
    private final List<LeafReaderContext> leaves;
    private final Map<Term, TermStates> states = new HashMap<>();
    /** Per segment, the kit of enumerations this request took from it (null: none yet), given back by {@link #release}. */
    private final SegmentPostings.Kit[] kits;

    /** Per segment, its terms in memory (small segments), or which terms it surely does not have (the others). */
    private final SegmentTermStates[] held;
    private final SegmentTermFilter[] filters;

    TermLookup(IndexSearcher searcher) {
        this.top = searcher.getTopReaderContext();
        this.leaves = top.leaves();
        this.held = new SegmentTermStates[leaves.size()];
        this.filters = new SegmentTermFilter[leaves.size()];
        this.kits = new SegmentPostings.Kit[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            held[leaf.ord] = SegmentTermStates.of(leaf.reader());
            filters[leaf.ord] = held[leaf.ord].holdsTerms() ? null : SegmentTermFilter.of(leaf.reader());
        }
    }

    /**
     * Works out what the look-ups need of a segment (its terms in memory when it is small, else its term filter), so
     * that a searcher opening a new segment does it rather than the first search.
     */
    static void prepare(LeafReader segment) {
        if (!SegmentTermStates.of(segment).holdsTerms()) SegmentTermFilter.of(segment);
    }

    /** The term's states per segment and its statistics, as {@link TermStates#build} gives them. */
    TermStates states(Term term) throws IOException {
        TermStates s = states.get(term);
        if (s == null) {
            s = new TermStates(top);
            for (LeafReaderContext ctx : leaves) {
                SegmentTermStates inMemory = held[ctx.ord];
                if (inMemory.covers(term.field())) {
                    SegmentTermStates.Entry e = inMemory.get(term);
                    if (e != null) s.register(e.state(), ctx.ord, e.docFreq(), e.totalTermFreq());
                    continue;
                }
                SegmentTermFilter filter = filters[ctx.ord];
                if (filter != null && !filter.mightHave(term)) continue;
                TermsEnum te = termsEnum(ctx, term.field());
                if (te != null && te.seekExact(term.bytes())) {
                    s.register(te.termState(), ctx.ord, te.docFreq(), te.totalTermFreq());
                }
            }
            states.put(term, s);
        }
        return s;
    }

    /** Documents having the term, deleted ones included (as {@code IndexReader.docFreq}). */
    int docFreq(Term term) throws IOException {
        return states(term).docFreq();
    }

    /** A term query that does not look the term up again. */
    TermQuery query(Term term) throws IOException {
        return new HashedTermQuery(term, states(term), this);
    }

    /**
     * A postings enumeration of the term in the segment, with the given features, that this request holds until
     * {@link #release}: one a finished search gave back when there is one (see {@link SegmentPostings}).
     */
    PostingsEnum postings(LeafReaderContext ctx, Term term, TermState state, int flags) throws IOException {
        SegmentPostings.Kit kit = kit(ctx);
        TermsEnum te = kit.termsEnum(ctx.reader(), term.field());
        te.seekExact(term.bytes(), state);
        return kit.postings(te, term.field(), flags);
    }

    /** Gives the request's enumerations back for later searches; the request reads none of them any more. */
    void release() {
        for (int i = 0; i < kits.length; i++) {
            if (kits[i] != null) kits[i].giveBack();
            kits[i] = null;
        }
    }

    /** Whether this thread may use the request's terms enumerations (those of the thread that searches). */
    boolean ownedByCurrentThread() {
        return Thread.currentThread() == owner;
    }

    /**
     * A term query that hashes its term once. Lucene hashes a query's clauses each time it builds or rewrites a
     * boolean query around them (to find duplicate clauses), and a term's hash is a fresh MurmurHash of its bytes
     * every time: 2 % of a search went there. The same query otherwise; equal to the same term's query of this
     * class (every term query of a plan is one).
     */
    static final class HashedTermQuery extends TermQuery {
        private final int hash;
        private final TermLookup lookup;

        HashedTermQuery(Term term, TermStates states, TermLookup lookup) {
            super(term, states);
            this.hash = super.hashCode();
            this.lookup = lookup;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        /** Scoring every match (the rescoring) takes its postings through the lookup; anything else as Lucene does. */
        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            if (scoreMode != ScoreMode.COMPLETE || !lookup.ownedByCurrentThread()
                    || searcher.getTopReaderContext() != lookup.top) {
                return super.createWeight(searcher, scoreMode, boost);
            }
            return new LentPostingsWeight(this, searcher, boost);
        }

        /** Lucene's weight of the query, for what only Lucene's weight does (explanations, matches). */
        Weight luceneWeight(IndexSearcher searcher, float boost) throws IOException {
            return super.createWeight(searcher, ScoreMode.COMPLETE, boost);
        }
    }

    /**
     * Lucene's term weight for scoring every match ({@code TermQuery.TermWeight}: the same statistics, similarity
     * and scorer, so the same scores), except that the postings come from {@link #postings}: positioned with the
     * request's terms enumeration instead of a new one per term and segment, reusing enumerations earlier searches
     * gave back.
     */
    private static final class LentPostingsWeight extends Weight {
        private final HashedTermQuery query;
        private final IndexSearcher searcher;
        private final float boost;
        private final Similarity.SimScorer simScorer;

        LentPostingsWeight(HashedTermQuery query, IndexSearcher searcher, float boost) throws IOException {
            super(query);
            this.query = query;
            this.searcher = searcher;
            this.boost = boost;
            TermStates states = query.getTermStates();
            Term term = query.getTerm();
            CollectionStatistics collection = searcher.collectionStatistics(term.field());
            TermStatistics statistics = states.docFreq() > 0
                    ? searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()) : null;
            this.simScorer = statistics == null ? null : searcher.getSimilarity().scorer(boost, collection, statistics);
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            TermState state = query.getTermStates().get(context);
            if (state == null) return null;
            Term term = query.getTerm();
            PostingsEnum postings = query.lookup.postings(context, term, state, PostingsEnum.FREQS);
            return new TermScorer(this, postings, new LeafSimScorer(simScorer, context.reader(), term.field(), true));
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return query.luceneWeight(searcher, boost).explain(context, doc);
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return query.luceneWeight(searcher, boost).matches(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return true;
        }
    }

    /** The segment of the search's reader that has this leaf reader. */
    LeafReaderContext context(LeafReader reader) {
        for (LeafReaderContext leaf : leaves) {
            if (leaf.reader() == reader) return leaf;
        }
        throw new IllegalArgumentException("not a segment of this search's reader");
    }

    /**
     * The search's terms enumeration of the field in the segment (null: the segment has no such field), positioned
     * anywhere: every use seeks.
     */
    TermsEnum termsEnum(LeafReaderContext ctx, String field) throws IOException {
        return kit(ctx).termsEnum(ctx.reader(), field);
    }

    /** The request's kit of enumerations of the segment, taken from those finished searches gave back. */
    private SegmentPostings.Kit kit(LeafReaderContext ctx) {
        SegmentPostings.Kit kit = kits[ctx.ord];
        if (kit == null) kits[ctx.ord] = kit = SegmentPostings.of(ctx.reader()).take();
        return kit;
    }
}
