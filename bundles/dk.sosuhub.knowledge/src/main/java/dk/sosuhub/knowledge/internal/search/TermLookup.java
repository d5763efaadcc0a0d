package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one search, each looked up in the index once: the planner asks for document frequencies, the
 * counting for term states and both queries for term states and statistics of the same terms. Lucene looked every
 * term up again for each of them, each time with a new terms enumeration per segment; here one enumeration per
 * segment and field serves the request. A small segment answers from its {@link SegmentTermStates} without a seek; a
 * large one's {@link SegmentTermFilter} answers for most terms it does not have. Lives for one request (its terms
 * and enumerations are not kept between searches); not thread-safe.
 */
final class TermLookup {

    private final IndexReaderContext top;
    private final List<LeafReaderContext> leaves;
    private final Map<Term, TermStates> states = new HashMap<>();
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    /** Per segment, its terms in memory (small segments), or which terms it surely does not have (the others). */
    private final SegmentTermStates[] held;
    private final SegmentTermFilter[] filters;

    TermLookup(IndexSearcher searcher) {
        this.top = searcher.getTopReaderContext();
        this.leaves = top.leaves();
        this.held = new SegmentTermStates[leaves.size()];
        this.filters = new SegmentTermFilter[leaves.size()];
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
        return new HashedTermQuery(term, states(term));
    }

    /**
     * A term query that hashes its term once. Lucene hashes a query's clauses each time it builds or rewrites a
     * boolean query around them (to find duplicate clauses), and a term's hash is a fresh MurmurHash of its bytes
     * every time: 2 % of a search went there. The same query otherwise; equal to the same term's query of this
     * class (every term query of a plan is one).
     */
    static final class HashedTermQuery extends TermQuery {
        private final int hash;

        HashedTermQuery(Term term, TermStates states) {
            super(term, states);
            this.hash = super.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The segment of the search's reader that has this leaf reader. */
    LeafReaderContext context(LeafReader reader) {
        for (LeafReaderContext leaf : leaves) {
            if (leaf.reader() == reader) return leaf;
        }
        throw new IllegalArgumentException("not a segment of this search's reader");
    }

    /** The search's terms enumeration of the field in the segment (null: the segment has no such field). */
    TermsEnum termsEnum(LeafReaderContext ctx, String field) throws IOException {
        TermsEnum[] perLeaf = enums.get(field);
        if (perLeaf == null) {
            perLeaf = new TermsEnum[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(field);
                perLeaf[leaf.ord] = terms == null ? null : terms.iterator();
            }
            enums.put(field, perLeaf);
        }
        return perLeaf[ctx.ord];
    }
}
