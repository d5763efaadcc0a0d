package dk.sosuhub.knowledge.internal.content;

import dk.sosuhub.knowledge.Guide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The YAML front matter reader gives every shipped guide exactly the fields the hand-written parser gave
 * ({@link LegacyGuideParser}, kept in the tests for this comparison only).
 */
class GuideParserMigrationTest {

    @Test
    void everyShippedGuideReadsAsBefore() {
        Path guides = GuideParserTest.guides();
        List<Guide> before = LegacyGuideParser.readAll(guides);
        List<Guide> now = GuideParser.readAll(guides);
        assertEquals(49, now.size());
        assertEquals(before.size(), now.size());
        for (int i = 0; i < now.size(); i++) {
            Guide b = before.get(i);
            Guide n = now.get(i);
            assertEquals(b.id(), n.id());
            assertEquals(b.title(), n.title(), b.id());
            assertEquals(b.summary(), n.summary(), b.id());
            assertEquals(b.audience(), n.audience(), b.id());
            assertEquals(b.topics(), n.topics(), b.id());
            assertEquals(b.programme(), n.programme(), b.id());
            assertEquals(b.municipality(), n.municipality(), b.id());
            assertEquals(b.updated(), n.updated(), b.id());
            assertEquals(b.source(), n.source(), b.id());
            assertEquals(b.body(), n.body(), b.id());
            assertEquals(b, n, b.id());
        }
    }
}
