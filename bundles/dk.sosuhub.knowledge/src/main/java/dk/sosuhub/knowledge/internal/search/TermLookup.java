package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.IndexReaderContext;
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
 * segment and field serves the request, and a segment's {@link SegmentTermFilter} answers for most terms it does not
 * have. Lives for one request (its terms and enumerations are not kept between searches); not thread-safe.
 */
final class TermLookup {

    private final IndexReaderContext top;
    private final List<LeafReaderContext> leaves;
    private final Map<Term, TermStates> states = new HashMap<>();
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    /** Per segment, which terms it surely does not have. */
    private final SegmentTermFilter[] filters;

    TermLookup(IndexSearcher searcher) {
        this.top = searcher.getTopReaderContext();
        this.leaves = top.leaves();
        this.filters = new SegmentTermFilter[leaves.size()];
        for (LeafReaderContext leaf : leaves) filters[leaf.ord] = SegmentTermFilter.of(leaf.reader());
    }

    /** The term's states per segment and its statistics, as {@link TermStates#build} gives them. */
    TermStates states(Term term) throws IOException {
        TermStates s = states.get(term);
        if (s == null) {
            s = new TermStates(top);
            for (LeafReaderContext ctx : leaves) {
                if (!filters[ctx.ord].mightHave(term)) continue;
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
        return new TermQuery(term, states(term));
    }

    private TermsEnum termsEnum(LeafReaderContext ctx, String field) throws IOException {
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
