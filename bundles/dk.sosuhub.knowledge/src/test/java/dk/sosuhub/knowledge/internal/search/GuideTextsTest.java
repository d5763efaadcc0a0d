package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.SearchHit;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.index.LeafReaderContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide texts kept for hit lists and snippets: never stale, dropped with their segment, bounded. */
class GuideTextsTest {

    private static final String OTHER = "101";
    private static final Locale DA = Locale.forLanguageTag("da-DK");

    static Guide guide(String id, String title, String body, String municipality) {
        return new Guide(id, title, "Resumé af " + title, List.of("elev"), List.of("test"), null, municipality,
                LocalDate.of(2026, 11, 1), null, body);
    }

    private static SearchHit first(LuceneKnowledgeSearch s, String municipality, String query) {
        List<SearchHit> hits = s.search(SearchRequest.of(municipality, query)).hits();
        return hits.isEmpty() ? null : hits.get(0);
    }

    @Test
    void aChangedGuideIsShownAsItIsNow() throws IOException {
        try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
            s.index(guide("z", "Zebrakursus", "Intro. Et zebrakursus på savannen. Det varer en uge.", Guide.NATIONAL));
            SearchHit before = first(s, OTHER, "zebrakursus");
            assertEquals("Zebrakursus", before.title());
            assertTrue(before.snippet().contains("savannen"), before.snippet());
            assertTrue(s.texts().heldChars() > 0, "kept after the first search");

            s.index(guide("z", "Nyt zebrakursus", "Intro. Et zebrakursus hvor man løber. Det varer to uger.", Guide.NATIONAL));
            SearchHit after = first(s, OTHER, "zebrakursus");
            assertEquals("Nyt zebrakursus", after.title());
            assertEquals("Resumé af Nyt zebrakursus", after.summary());
            assertTrue(after.snippet().contains("løber") && !after.snippet().contains("savannen"), after.snippet());

            s.delete("z");
            assertNull(first(s, OTHER, "zebrakursus"));
            assertEquals(0, s.search(SearchRequest.of(OTHER, "")).total());
        }
    }

    @Test
    void textsOfClosedSegmentsAreDropped() throws IOException {
        try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
            for (int i = 0; i < 5; i++) s.index(guide("g" + i, "Giraf " + i, "Giraffer er høje. Nummer " + i + ".", Guide.NATIONAL));
            assertEquals(5, s.search(SearchRequest.of(OTHER, "giraf")).hits().size());
            assertTrue(s.texts().segments() > 0);
            long held = s.texts().heldChars();
            assertTrue(held > 0);

            s.rebuild(List.of(guide("n", "Næsehorn", "Næsehorn er tunge.", Guide.NATIONAL))); // every old segment goes
            assertEquals(0, s.texts().heldChars(), "the old segments' texts are dropped with them");
            assertEquals(0, s.texts().segments());
            assertEquals("Næsehorn", first(s, OTHER, "næsehorn").title());
            assertNull(first(s, OTHER, "giraf"));
        }
    }

    @Test
    void municipalityGuidesStayWithTheirMunicipality() throws IOException {
        try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
            s.index(guide("f", "Frederikssunds lamakursus", "Lamaer i Frederikssund.", "250"));
            s.index(guide("n", "Lamaer i Danmark", "Lamaer findes i hele landet.", Guide.NATIONAL));
            assertEquals(List.of("f", "n"), s.search(SearchRequest.of("250", "lamaer")).hits().stream().map(SearchHit::id).sorted().toList());
            // the Frederikssund guide's texts are kept now; another municipality still never sees it
            for (String m : List.of("751", OTHER)) {
                assertEquals(List.of("n"), s.search(SearchRequest.of(m, "lamaer")).hits().stream().map(SearchHit::id).toList());
                assertEquals(1, s.search(SearchRequest.of(m, "")).total());
            }
        }
    }

    @Test
    void pastItsLimitTextsAreReadForTheRequestOnly() throws IOException {
        try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
            s.index(guide("a", "Alpaka", "Alpakaer har blød uld. De kommer fra Sydamerika.", Guide.NATIONAL));
            GuideTexts small = new GuideTexts(DA, 50_000, 10);
            GuideTexts large = new GuideTexts(DA, 50_000, 1_000_000);
            s.withSearcher(searcher -> {
                LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
                GuideTexts.Text t = small.get(leaf.reader(), 0);
                assertEquals("Alpaka", t.title);
                assertEquals("a", t.id);
                assertTrue(t.body.startsWith("Alpakaer har blød uld."), t.body);
                assertEquals(0, small.heldChars(), "over the limit: not kept");

                GuideTexts.Text kept = large.get(leaf.reader(), 0);
                assertSame(kept, large.get(leaf.reader(), 0), "kept");
                assertEquals(kept.chars(), large.heldChars());
                // the boundaries are those of the JDK's sentence iterator over the text
                assertArrayEquals(SentenceBoundaries.all(kept.body, DA), kept.bodySentences());
                assertEquals(0, kept.bodySentences()[0]);
                assertEquals(kept.body.length(), kept.bodySentences()[kept.bodySentences().length - 1]);
                return null;
            });
        }
    }

    @Test
    void longBodiesAreCutWhereTheHighlighterStops() throws IOException {
        try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
            s.index(guide("l", "Lang", "Ord. ".repeat(20_000), Guide.NATIONAL));
            s.withSearcher(searcher -> {
                GuideTexts.Text t = s.texts().get(searcher.getIndexReader().leaves().get(0).reader(), 0);
                assertEquals(LuceneKnowledgeSearch.SNIPPET_SOURCE, t.body.length());
                return null;
            });
        }
    }
}
