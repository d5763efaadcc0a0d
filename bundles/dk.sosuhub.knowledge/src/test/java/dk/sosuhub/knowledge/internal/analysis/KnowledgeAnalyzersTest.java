package dk.sosuhub.knowledge.internal.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeAnalyzersTest {

    static KnowledgeAnalyzers analyzers;

    @BeforeAll
    static void load() {
        analyzers = new KnowledgeAnalyzers(LanguageResources.shared());
    }

    static List<String> text(String s) {
        return KnowledgeAnalyzers.terms(analyzers.text(), "body", s);
    }

    static List<String> parts(String s) {
        return KnowledgeAnalyzers.terms(analyzers.parts(), "parts", s);
    }

    @Test
    void inflectionsShareAStem() {
        for (String w : List.of("elev", "elever", "eleverne", "elevens")) assertTrue(text(w).contains("elev"), w + " " + text(w));
        assertTrue(text("uddannelsen").contains("uddannelse"));
        assertTrue(text("samtalerne").contains("samtale"));
    }

    @Test
    void unknownCompoundsAreStemmedByTheirHead() {
        assertTrue(text("oplæringsvejlederens").contains("oplaringsvejleder"), text("oplæringsvejlederens").toString());
        assertTrue(text("sygefraværssamtalen").contains("sygefravarssamtale"), text("sygefraværssamtalen").toString());
    }

    @Test
    void compoundsAreSplitIntoWholeWordParts() {
        assertTrue(parts("voksenelevløn").containsAll(List.of("voksen", "elev", "lon")), parts("voksenelevløn").toString());
        assertTrue(parts("oplæringsvejleder").containsAll(List.of("oplaring", "vejleder")), parts("oplæringsvejleder").toString());
        assertTrue(parts("sygefraværssamtale").containsAll(List.of("sygefravar", "syg", "fravar", "samtale")));
        // no inflection endings or words hidden inside words
        assertFalse(parts("elevens").contains("ens"));
        assertFalse(parts("vejleder").contains("leder"));
        assertEquals(List.of(), parts("elev og leder"));
    }

    @Test
    void keyboardSpellingsOfDanishLettersAreFolded() {
        assertEquals(text("løn"), text("loen"));
        assertEquals(text("sårbare"), text("saarbare"));
        assertEquals(text("hænder"), text("haender"));
        assertTrue(text("lon").contains("lon"));
    }

    @Test
    void aWordsTermsAreTheChainsTermsAskedOnceOrAgain() {
        String long_ = "elev".repeat(WordMemo.MAX_LENGTH / 4 + 1); // past the memo's bound: worked out every time
        for (String w : List.of("oplæringsvejlederens", "Voksenelevløn", "EUV1", "hjælper", "og", "xqzv", long_)) {
            for (int again = 0; again < 2; again++) {
                assertEquals(text(w), analyzers.textTerms(w), w);
                assertEquals(parts(w), analyzers.partTerms(w), w);
                assertEquals(analyzers.text().normalize("body", w).utf8ToString(), analyzers.textForm(w), w);
            }
        }
        assertEquals("hjalper", analyzers.textForm("Hjælper"));
    }

    @Test
    void lettersAndDigitsAreSplit() {
        assertTrue(text("EUV1").containsAll(List.of("euv1", "euv")), text("EUV1").toString());
        assertTrue(text("SSH'ere").contains("ssh"), text("SSH'ere").toString());
    }

    @Test
    void stopWordsAreDropped() {
        assertEquals(List.of(), text("og i at det"));
    }

    @Test
    void withoutTheSystemWordListDecompoundingFallsBackToHunspell() {
        LanguageResources fallback = LanguageResources.load(Path.of("/nonexistent/danish"));
        assertEquals("hunspell", fallback.wordSource());
        KnowledgeAnalyzers a = new KnowledgeAnalyzers(fallback);
        List<String> p = KnowledgeAnalyzers.terms(a.parts(), "parts", "voksenelevløn");
        assertTrue(p.contains("voksen"), p.toString());
        p = KnowledgeAnalyzers.terms(a.parts(), "parts", "sygefraværssamtale");
        assertTrue(p.containsAll(List.of("sygefravar", "samtale")), p.toString());
    }

    @Test
    void thesaurusAndAbbreviationsAreLoaded() {
        LanguageResources lang = LanguageResources.shared();
        assertTrue(lang.synonyms("mentor").contains("vejleder"), lang.synonyms("mentor").toString());
        assertTrue(lang.expansions("sps").contains("specialpædagogisk støtte"));
    }
}
