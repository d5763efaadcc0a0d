package dk.sosuhub.knowledge.internal.content;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.GuideData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShippedGuidesTest {

    private static final Path SHIPPED = Path.of(System.getProperty("sosuhub.content", "../../content"), "guides");

    @Test
    void everyShippedGuideIsReadAndFitsTheGuideTable() {
        List<Guide> guides = ShippedGuides.read(SHIPPED);
        assertEquals(49, guides.size());
        for (Guide g : guides) {
            // the import applies the same checks as an editor's guide
            new GuideData(g.title(), g.summary(), g.body(), g.audience(), g.topics(), g.programme()).validated();
            assertTrue(g.id().length() <= 80 && (g.source() == null || g.source().length() <= 500), g.id());
        }
        assertEquals(45, guides.stream().filter(Guide::national).count());
    }

    @Test
    void skipsFilesThatAreNotGuides(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: A\naudience: [elev]\n---\nTekst");
        Files.writeString(dir.resolve("b.md"), "ingen front matter");
        Files.writeString(dir.resolve("c.txt"), "---\nid: c\n---\n");
        assertEquals(List.of("a"), ShippedGuides.read(dir).stream().map(Guide::id).toList());
        assertEquals(List.of(), ShippedGuides.read(dir.resolve("missing")));
    }
}
