package dk.sosuhub.knowledge.internal.content;

import dk.sosuhub.knowledge.Guide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideParserTest {

    static Path guides() {
        return Path.of(System.getProperty("sosuhub.content", "../../content")).resolve("guides");
    }

    @Test
    void readsEveryShippedGuide() {
        List<Guide> all = GuideParser.readAll(guides());
        assertEquals(49, all.size());
        Set<String> audiences = Set.of("elev", "ufaglaert", "ssh", "ssa", "vejleder", "leder");
        for (Guide g : all) {
            assertFalse(g.title().isBlank(), g.id());
            assertFalse(g.summary().isBlank(), g.id());
            assertFalse(g.body().isBlank(), g.id());
            assertTrue(audiences.containsAll(g.audience()), g.id() + " " + g.audience());
            assertFalse(g.topics().isEmpty(), g.id());
            assertTrue(g.programme() == null || Set.of("SSH", "SSA").contains(g.programme()), g.id());
            assertTrue(g.national() || g.municipality().matches("\\d{3}"), g.id());
        }
        assertEquals(4, all.stream().filter(g -> !g.national()).count());
    }

    @Test
    void readsTheFrontMatterFields() {
        Guide g = GuideParser.read(guides().resolve("amu-kurser-mod-ssh.md"));
        assertEquals("amu-kurser-mod-ssh", g.id());
        assertEquals("AMU-kurser – prøv skolebænken og byg videre mod SSH", g.title());
        assertEquals(List.of("ufaglaert", "leder"), g.audience());
        assertEquals(List.of("amu", "opkvalificering", "uddannelsesveje", "merit"), g.topics());
        assertEquals("SSH", g.programme());
        assertEquals(Guide.NATIONAL, g.municipality());
        assertEquals(LocalDate.of(2026, 10, 15), g.updated());
        assertTrue(g.source().startsWith("000_18883ed726f0f388.txt"));
        assertTrue(g.body().startsWith("# AMU-kurser"));

        Guide local = GuideParser.read(guides().resolve("aarhus-sosu-plus.md"));
        assertEquals("751", local.municipality());
        assertTrue(local.visibleTo("751"));
        assertFalse(local.visibleTo("250"));
    }

    @Test
    void parsesQuotesNullsAndCrLf() {
        Guide g = GuideParser.parse("---\r\nid: x\r\ntitle: \"Et: citat, med komma\"\r\naudience: [elev, \"leder\"]\r\n"
                + "topics: []\r\nprogramme: null\r\nmunicipality: \"250\"\r\n---\r\nTekst\r\n");
        assertEquals("Et: citat, med komma", g.title());
        assertEquals(List.of("elev", "leder"), g.audience());
        assertEquals(List.of(), g.topics());
        assertNull(g.programme());
        assertEquals("250", g.municipality());
        assertEquals("Tekst\n", g.body());
    }

    @Test
    void refusesWhatIsNoGuide() {
        assertThrows(GuideParser.GuideFormatException.class, () -> GuideParser.parse("# Ingen front matter"));
        assertThrows(GuideParser.GuideFormatException.class, () -> GuideParser.parse("---\ntitle: x\n"));
        assertThrows(GuideParser.GuideFormatException.class, () -> GuideParser.parse("---\ntitle: x\n---\n"));
        assertThrows(GuideParser.GuideFormatException.class, () -> GuideParser.parse("---\nid: x\nmunicipality: aarhus\n---\n"));
        assertThrows(GuideParser.GuideFormatException.class, () -> GuideParser.parse("---\nid: x\nprogramme: EUD\n---\n"));
        assertThrows(GuideParser.GuideFormatException.class, () -> GuideParser.parse("---\nid: x\nupdated: i går\n---\n"));
    }

    @Test
    void keepsScalarsAsTextAndReadsBlockLists() {
        Guide g = GuideParser.parse("---\nid: x\ntitle: no\nsummary: 'It''s # not a comment'  # but this is\n"
                + "audience:\n  - elev\n  - ''\n  - leder\ntopics: [a, ~, b]\nmunicipality: 025\nupdated: 2026-10-15\n---\nTekst");
        assertEquals("no", g.title());
        assertEquals("It's # not a comment", g.summary());
        assertEquals(List.of("elev", "leder"), g.audience());
        assertEquals(List.of("a", "b"), g.topics());
        assertEquals("025", g.municipality());
        assertEquals(LocalDate.of(2026, 10, 15), g.updated());
    }

    @Test
    void badFrontMatterIsRefusedWithItsLine() {
        GuideParser.GuideFormatException syntax = assertThrows(GuideParser.GuideFormatException.class,
                () -> GuideParser.parse("---\nid: x\ntitle: \"ikke afsluttet\n---\nTekst"));
        assertTrue(syntax.getMessage().startsWith("Ugyldig front matter (linje "), syntax.getMessage());
        GuideParser.GuideFormatException twice = assertThrows(GuideParser.GuideFormatException.class,
                () -> GuideParser.parse("---\nid: x\nid: y\n---\n"));
        assertTrue(twice.getMessage().contains("linje 3") && twice.getMessage().contains("duplicate key"), twice.getMessage());
        assertTrue(assertThrows(GuideParser.GuideFormatException.class,
                () -> GuideParser.parse("---\nid: x\ntitle:\n  da: Titel\n---\n")).getMessage().contains("title"));
        assertThrows(GuideParser.GuideFormatException.class, () -> GuideParser.parse("---\n- id\n- x\n---\n"));
        // SafeConstructor: no Java objects from tags
        assertThrows(GuideParser.GuideFormatException.class,
                () -> GuideParser.parse("---\nid: !!javax.script.ScriptEngineManager [x]\n---\n"));
    }
}
