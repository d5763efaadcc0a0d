package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.internal.analysis.KnowledgeAnalyzers;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Snippets} gives exactly the snippets Lucene's {@link UnifiedHighlighter} gives with the settings the search
 * used before (sentence passages, two from the body, the summary when the body has none), on the shipped guides
 * written one by one (many segments), for every judged query, for the best hits and for pages of any guides.
 */
class SnippetsTest {

    private static final Locale DA = Locale.forLanguageTag("da-DK");
    private static LuceneKnowledgeSearch search;
    private static QueryPlanner planner;
    private static KnowledgeAnalyzers analyzers;

    @BeforeAll
    static void index() {
        search = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared());
        for (Guide g : Corpus.guides()) search.index(g);
        analyzers = new KnowledgeAnalyzers(LanguageResources.shared());
        planner = new QueryPlanner(analyzers, Weights.DEFAULT);
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    @Test
    void sameSnippetsAsLucenesHighlighter() throws IOException {
        List<String> queries = new ArrayList<>(Corpus.judged().keySet());
        queries.addAll(List.of("elev", "elever", "elevløn", "samarbejde skole", "hjælper", "sps", "praktikerklæring",
                "voksen elev løn", "oplæringsvejleder", "snusepraktik", "psykiatrivejlder", "sygdom"));
        Random rnd = new Random(7);
        int compared = 0;
        for (String q : queries) {
            String[] rendered = search.withSearcher(searcher -> {
                QueryPlanner.Plan plan = planner.plan(q, searcher, w -> true);
                if (plan.query() == null) return new String[0];
                List<ScoreDoc[]> pages = new ArrayList<>();
                pages.add(searcher.search(plan.flatQuery(), 10).scoreDocs);
                ScoreDoc[] all = searcher.search(new MatchAllDocsQuery(), 100).scoreDocs;
                List<ScoreDoc> shuffled = new ArrayList<>(Arrays.asList(all));
                Collections.shuffle(shuffled, rnd);
                pages.add(shuffled.subList(0, 10).toArray(new ScoreDoc[0])); // mostly hits without a marked word
                List<String> out = new ArrayList<>();
                for (ScoreDoc[] page : pages) {
                    String[] expected = highlighted(searcher, plan.markTerms(), page);
                    String[] actual = Snippets.of(searcher, new GuideTexts(DA, LuceneKnowledgeSearch.SNIPPET_SOURCE, 1_000_000),
                            plan.markTerms(), page, DA);
                    assertArrayEquals(expected, actual, q);
                    // and again from the kept texts of the search itself
                    assertArrayEquals(expected, Snippets.of(searcher, search.texts(), plan.markTerms(), page, DA), q);
                    out.addAll(Arrays.asList(actual));
                }
                return out.toArray(new String[0]);
            });
            compared += rendered.length;
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    /** What the search did before: Lucene's highlighter over the stored fields. */
    private static String[] highlighted(IndexSearcher searcher, Set<String> markTerms, ScoreDoc[] docs) throws IOException {
        BooleanQuery.Builder mark = new BooleanQuery.Builder();
        for (String f : List.of(Fields.BODY, Fields.SUMMARY)) {
            for (String t : markTerms) mark.add(new TermQuery(new Term(f, t)), Occur.SHOULD);
        }
        UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzers.text())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> new SentenceBoundaries(DA))
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .withMaxLength(LuceneKnowledgeSearch.SNIPPET_SOURCE)
                .build();
        int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
        Map<String, String[]> marked = hl.highlightFields(new String[]{Fields.BODY, Fields.SUMMARY}, mark.build(), ids, new int[]{2, 1});
        String[] out = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            String body = marked.get(Fields.BODY)[i];
            out[i] = body != null ? body.replace('\n', ' ').strip() : marked.get(Fields.SUMMARY)[i];
        }
        return out;
    }
}
