package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Completion;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.SearchHit;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.SearchResult;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search behaviours on the shipped guides. */
class KnowledgeSearchTest {

    /** A municipality without guides of its own. */
    static final String OTHER = "101";
    static final String AARHUS = "751";
    static final String FREDERIKSSUND = "250";

    static List<Guide> guides;
    static Map<String, Guide> byId;
    static LuceneKnowledgeSearch search;

    @BeforeAll
    static void index() {
        guides = Corpus.guides();
        byId = guides.stream().collect(Collectors.toMap(Guide::id, Function.identity()));
        search = new LuceneKnowledgeSearch(null, () -> guides, LanguageResources.shared());
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    static List<String> ids(String municipality, String query) {
        return search.search(SearchRequest.of(municipality, query)).hits().stream().map(SearchHit::id).toList();
    }

    static void assertInTop(int n, String expected, String query) {
        List<String> ids = ids(OTHER, query);
        assertTrue(ids.stream().limit(n).anyMatch(expected::equals),
                () -> expected + " not in top " + n + " for \"" + query + "\": " + ids);
    }

    @Test
    void indexesAllShippedGuides() {
        assertEquals(49, guides.size());
        assertEquals(49, search.size());
    }

    @ParameterizedTest(name = "inflection: {0}")
    @CsvSource({
            "sygefraværssamtale, sygefravaerssamtale-med-elev",
            "sygefraværssamtalen, sygefravaerssamtale-med-elev",
            "sygefraværssamtaler, sygefravaerssamtale-med-elev",
            "fastholdelsessamtalen, fastholdelsessamtaler",
            "fastholdelsessamtalerne, fastholdelsessamtaler",
            "karrieresamtalen, karrieresamtale-med-elever",
            "karrieresamtaler, karrieresamtale-med-elever"})
    void inflections(String query, String expected) {
        assertInTop(3, expected, query);
    }

    @Test
    void inflectedFormsMatchTheSameGuides() {
        long elev = search.search(SearchRequest.of(OTHER, "elev")).total();
        assertTrue(elev > 30, "elev: " + elev);
        for (String form : List.of("elever", "eleverne", "elevens", "elevernes")) {
            assertTrue(search.search(SearchRequest.of(OTHER, form)).total() >= elev, form);
        }
    }

    @ParameterizedTest(name = "compound: {0}")
    @CsvSource({
            "voksenelevløn, elevloen-og-voksenelevloen",
            "voksen elev løn, elevloen-og-voksenelevloen",
            "oplæringsvejleder, oplaeringsvejlederens-rolle",
            "vejleder i oplæringen, oplaeringsvejlederens-rolle",
            "fastholdelses samtale, fastholdelsessamtaler",
            "sygefravær samtale, sygefravaerssamtale-med-elev",
            "buddyordning, buddy-ordning"})
    void compoundsBothWays(String query, String expected) {
        assertInTop(5, expected, query);
    }

    @ParameterizedTest(name = "abbreviation: {0}")
    @CsvSource({
            "SPS, sps-specialpaedagogisk-stoette",
            "specialpædagogisk støtte, sps-specialpaedagogisk-stoette",
            "MUS, mus-samtale-om-videreuddannelse",
            "medarbejderudviklingssamtale, mus-samtale-om-videreuddannelse",
            "GF, grundforloebet-hvad-kan-du-forvente",
            "grundforløb, grundforloebet-hvad-kan-du-forvente",
            "EUV, euv1-vejen-til-ssh",
            "erhvervsuddannelse for voksne, euv1-vejen-til-ssh",
            "AMU, amu-kurser-mod-ssh",
            "ssh til ssa, fra-ssh-til-ssa",
            "fra social- og sundhedshjælper til social- og sundhedsassistent, fra-ssh-til-ssa"})
    void abbreviationsAndLongForms(String query, String expected) {
        assertInTop(3, expected, query);
    }

    @ParameterizedTest(name = "ae/oe/aa: {0} = {1}")
    @CsvSource({
            "voksenelevloen, voksenelevløn",
            "sygefravaer, sygefravær",
            "flere haender, flere hænder",
            "oplaeringsvejleder, oplæringsvejleder",
            "saarbare elever, sårbare elever",
            "foerste dag, første dag"})
    void keyboardSpellingsOfDanishLetters(String typed, String proper) {
        List<String> a = ids(OTHER, typed);
        assertFalse(a.isEmpty(), typed);
        assertEquals(ids(OTHER, proper).subList(0, 3), a.subList(0, 3), typed);
        assertNull(search.search(SearchRequest.of(OTHER, typed)).suggestion(), typed);
    }

    @ParameterizedTest(name = "misspelt: {0}")
    @CsvSource({
            "midtvejsevalurering, midtvejsevaluering, forventningssamtale-midtvejs-og-slutevaluering",
            "opleringsvejleder, oplæringsvejleder, oplaeringsvejlederens-rolle",
            "sygefravr, sygefravær, sygefravaerssamtale-med-elev",
            "opkvalifisering ufaglærte, opkvalificering ufaglærte, fra-ufaglaert-til-ssh-eller-ssa",
            "fastholdelsesmentro, fastholdelsesmentor, "})
    void misspellingsAreCorrectedAndSuggested(String query, String suggestion, String expected) {
        SearchResult r = search.search(SearchRequest.of(AARHUS, query));
        assertEquals(suggestion, r.suggestion());
        assertTrue(r.total() > 0, query);
        if (expected != null) assertInTop(5, expected, query);
    }

    @ParameterizedTest(name = "correct: {0}")
    @ValueSource(strings = {"elevløn", "snusepraktik", "hvordan melder jeg mig syg", "SSA", "buddy"})
    void correctQueriesGetNoSuggestion(String query) {
        assertNull(search.search(SearchRequest.of(OTHER, query)).suggestion());
    }

    @Test
    void plainWordQuestion() {
        assertInTop(5, "fra-ssh-til-ssa", "hvordan bliver jeg assistent når jeg er hjælper");
        assertInTop(3, "sygemelding-som-elev", "hvordan melder jeg mig syg");
        assertInTop(3, "ssh-eller-ssa-forskellen", "hvad er forskellen på hjælper og assistent");
    }

    @ParameterizedTest(name = "hostile: {0}")
    @ValueSource(strings = {"\"", "\"elev", "(", ")", "[", "]", "{}", "elev AND (", "AND", "OR NOT", "*", "?", "elev*",
            "*:*", "title:elev", "\\", "~", "elev~2", "/regex[/", "^", "!", "&&", "||", "-", "+-", "<script>alert(1)</script>",
            "'; DROP TABLE guides; --", "\u0000", "\uD83D\uDE00 emoji", "   ", "", "ﾠ", "a", "ø"})
    void hostileInputNeverThrows(String query) {
        SearchResult r = assertDoesNotThrow(() -> search.search(SearchRequest.of(OTHER, query)));
        assertNotNull(r);
        assertNotNull(r.hits());
        assertDoesNotThrow(() -> search.suggest(OTHER, query));
    }

    @Test
    void veryLongInputNeverThrows() {
        String longQuery = "elev ".repeat(20_000) + "\"(".repeat(5_000);
        SearchResult r = assertDoesNotThrow(() -> search.search(SearchRequest.of(OTHER, longQuery)));
        assertTrue(r.total() > 0);
        String words = Stream.iterate(0, i -> i + 1).limit(3000).map(i -> "ord" + i).collect(Collectors.joining(" "));
        assertDoesNotThrow(() -> search.search(SearchRequest.of(OTHER, words)));
        assertDoesNotThrow(() -> search.suggest(OTHER, words));
        assertDoesNotThrow(() -> search.search(new SearchRequest(null, null, null, null, -5)));
        assertDoesNotThrow(() -> search.search(new SearchRequest(OTHER, "elev", Set.of("\""), Set.of("*"), Integer.MAX_VALUE)));
    }

    @Test
    void stopWordsOnlyGiveNoHits() {
        SearchResult r = search.search(SearchRequest.of(OTHER, "og i at"));
        assertEquals(0, r.total());
    }

    @Test
    void tenantSeesNationalAndOwnGuidesOnly() {
        assertTrue(ids(AARHUS, "fastholdelsesmentor").contains("aarhus-fastholdelsesmentor"));
        assertFalse(ids(FREDERIKSSUND, "fastholdelsesmentor").contains("aarhus-fastholdelsesmentor"));
        assertFalse(ids(OTHER, "fastholdelsesmentor Aarhus").contains("aarhus-fastholdelsesmentor"));
        assertTrue(ids(FREDERIKSSUND, "personlige vejledere Frederikssund").contains("frederikssund-personlige-vejledere"));
        assertFalse(ids(AARHUS, "personlige vejledere Frederikssund").contains("frederikssund-personlige-vejledere"));

        for (String municipality : List.of(OTHER, AARHUS, FREDERIKSSUND, "national")) {
            SearchResult all = search.search(new SearchRequest(municipality, "", Set.of(), Set.of(), 1));
            long visible = guides.stream().filter(g -> g.visibleTo(municipality)).count();
            assertEquals(visible, all.total(), municipality);
            for (int page = 1; page <= 5; page++) {
                for (SearchHit h : search.search(new SearchRequest(municipality, "elev uddannelse", Set.of(), Set.of(), page)).hits()) {
                    assertTrue(byId.get(h.id()).visibleTo(municipality), h.id() + " seen by " + municipality);
                }
            }
        }
    }

    @Test
    void completionsAndCorrectionsDoNotLeakOtherMunicipalitiesWords() {
        // "AarhusIntra" occurs only in an Aarhus guide, "psykiatrivejleder" only in a Frederikssund guide
        assertTrue(search.suggest(AARHUS, "aarhusin").stream().anyMatch(c -> c.text().equals("århusintra")));
        assertTrue(search.suggest(OTHER, "aarhusin").isEmpty(), () -> search.suggest(OTHER, "aarhusin").toString());
        assertTrue(search.suggest(FREDERIKSSUND, "psykiatriv").stream().anyMatch(c -> c.text().equals("psykiatrivejleder")));
        assertTrue(search.suggest(AARHUS, "psykiatriv").isEmpty());
        assertEquals("psykiatrivejleder", search.search(SearchRequest.of(FREDERIKSSUND, "psykiatrivejlder")).suggestion());
        assertNotEquals("psykiatrivejleder", search.search(SearchRequest.of(AARHUS, "psykiatrivejlder")).suggestion());
    }

    @Test
    void facetsCountAllHits() {
        SearchResult r = search.search(SearchRequest.of(OTHER, "elev"));
        assertTrue(r.total() > 10);
        long elevAudience = r.facets().audience().getOrDefault("elev", 0L);
        assertTrue(elevAudience > 0 && elevAudience <= r.total());
        assertEquals(r.total(), r.facets().programme().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(Set.of("SSH", "SSA", "ingen").containsAll(r.facets().programme().keySet()));

        SearchResult leaders = search.search(new SearchRequest(OTHER, "elev", Set.of("leder"), Set.of(), 1));
        assertEquals(r.facets().audience().get("leder"), leaders.total());
        assertEquals(leaders.total(), leaders.facets().audience().get("leder"));
        leaders.hits().forEach(h -> assertTrue(byId.get(h.id()).audience().contains("leder"), h.id()));

        SearchResult topic = search.search(new SearchRequest(OTHER, "elev", Set.of(), Set.of("fastholdelse"), 1));
        assertEquals(r.facets().topics().get("fastholdelse"), topic.total());
        topic.hits().forEach(h -> assertTrue(byId.get(h.id()).topics().contains("fastholdelse"), h.id()));
    }

    @Test
    void pagesAreDisjoint() {
        SearchResult p1 = search.search(new SearchRequest(OTHER, "elev", Set.of(), Set.of(), 1));
        SearchResult p2 = search.search(new SearchRequest(OTHER, "elev", Set.of(), Set.of(), 2));
        assertEquals(p1.total(), p2.total());
        assertEquals(10, p1.hits().size());
        List<String> both = new ArrayList<>(p1.hits().stream().map(SearchHit::id).toList());
        p2.hits().forEach(h -> assertFalse(both.contains(h.id()), h.id()));
        SearchResult beyond = search.search(new SearchRequest(OTHER, "elev", Set.of(), Set.of(), 50));
        assertTrue(beyond.hits().isEmpty());
        assertEquals(p1.total(), beyond.total());
    }

    @Test
    void snippetsMarkMatchedWordsAndEscapeTheRest() {
        SearchHit hit = search.search(SearchRequest.of(OTHER, "snusepraktik")).hits().get(0);
        assertEquals("snusepraktik-paa-grundforloebet", hit.id());
        assertTrue(hit.snippet().toLowerCase().contains("<mark>snusepraktik</mark>"), hit.snippet());
        String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), hit.snippet());

        SearchHit inflected = search.search(SearchRequest.of(OTHER, "sygefraværssamtaler")).hits().get(0);
        assertTrue(inflected.snippet().contains("<mark>"), inflected.snippet());
    }

    @Test
    void suggestCompletesTitlesAndWords() {
        List<Completion> c = search.suggest(OTHER, "sygefr");
        assertTrue(c.stream().anyMatch(x -> "sygefravaerssamtale-med-elev".equals(x.guideId())), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.guideId() == null && x.text().startsWith("sygefravær")), c.toString());
        List<Completion> two = search.suggest(OTHER, "elevløn og voks");
        assertTrue(two.stream().anyMatch(x -> "elevloen-og-voksenelevloen".equals(x.guideId())), two.toString());
        assertTrue(search.suggest(OTHER, "").isEmpty());
        assertTrue(search.suggest(OTHER, "qqqqzz").isEmpty());
    }

    /** Writes on a private index. */
    @Nested
    class Writes {

        static Guide guide(String id, String title, String body, String municipality) {
            return new Guide(id, title, "Resumé af " + title, List.of("elev"), List.of("test"), null, municipality,
                    LocalDate.of(2026, 11, 1), null, body);
        }

        @Test
        void writesAreSearchableWithinASecond() throws IOException {
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
                assertEquals(0, s.search(SearchRequest.of(OTHER, "zebrakursus")).total());
                long t = System.nanoTime();
                s.index(guide("zebra", "Zebrakursus for elever", "Alt om zebrakurset.", Guide.NATIONAL));
                assertEquals(List.of("zebra"), s.search(SearchRequest.of(OTHER, "zebrakursus")).hits().stream().map(SearchHit::id).toList());
                assertTrue(System.nanoTime() - t < 1_000_000_000L, "visible within a second");

                s.index(guide("zebra", "Giraffkursus for elever", "Alt om giraffer.", Guide.NATIONAL));
                assertEquals(0, s.search(SearchRequest.of(OTHER, "zebrakursus")).total());
                assertEquals("Giraffkursus for elever", s.search(SearchRequest.of(OTHER, "giraffkursus")).hits().get(0).title());
                assertEquals(1, s.size());

                s.delete("zebra");
                s.delete("unknown");
                assertEquals(0, s.search(SearchRequest.of(OTHER, "giraffkursus")).total());
                assertEquals(0, s.size());
            }
        }

        @Test
        void htmlInGuidesIsEscapedInSnippets() throws IOException {
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
                s.index(guide("x", "Farlig tekst", "Husk <script>alert('elefant')</script> & \"elefant\" <b>fed</b>.", Guide.NATIONAL));
                String snippet = s.search(SearchRequest.of(OTHER, "elefant")).hits().get(0).snippet();
                assertTrue(snippet.contains("<mark>elefant</mark>"), snippet);
                assertFalse(snippet.contains("<script>") || snippet.contains("<b>"), snippet);
                assertTrue(snippet.contains("&lt;"), snippet);
            }
        }

        @Test
        void rebuildReplacesEverything() throws IOException {
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(null, List::of, LanguageResources.shared())) {
                s.index(guide("old", "Gammel guide om struds", "struds", Guide.NATIONAL));
                s.rebuild(guides);
                assertEquals(49, s.size());
                assertEquals(0, s.search(SearchRequest.of(OTHER, "struds")).total());
            }
        }

        @Test
        void missingIndexIsBuiltFromTheGuides(@TempDir Path dir) throws IOException {
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir.resolve("new/index"), () -> guides, LanguageResources.shared())) {
                assertEquals(49, s.size());
            }
            // reopening keeps the index and does not ask for the guides
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir.resolve("new/index"),
                    () -> { throw new AssertionError("no rebuild expected"); }, LanguageResources.shared())) {
                assertEquals(49, s.size());
                assertEquals("sps-specialpaedagogisk-stoette", s.search(SearchRequest.of(OTHER, "SPS")).hits().get(0).id());
            }
        }

        @Test
        void damagedIndexIsRebuiltFromTheGuides(@TempDir Path dir) throws IOException {
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir, () -> guides, LanguageResources.shared())) {
                s.index(guide("extra", "Ekstra", "ekstra", Guide.NATIONAL));
                assertEquals(50, s.size());
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("segments_") || name.endsWith(".cfs") || name.endsWith(".si")) {
                        Files.write(f, "ødelagt".repeat(10).getBytes());
                    }
                }
            }
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir, () -> guides, LanguageResources.shared())) {
                assertEquals(49, s.size());
                SearchResult r = s.search(SearchRequest.of(OTHER, "voksenelevløn"));
                assertEquals("elevloen-og-voksenelevloen", r.hits().get(0).id());
            }
        }

        @Test
        void garbageInTheFolderIsRebuilt(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("segments_3"), "not an index");
            Files.writeString(dir.resolve("_0.cfs"), "neither");
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir, () -> guides, LanguageResources.shared())) {
                assertEquals(49, s.size());
            }
        }
    }
}
