package dk.sosuhub.knowledge.internal.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The precomputed boundaries are the JDK sentence iterator's forward boundaries, answered at every offset. */
class SentenceBoundariesTest {

    private static final Locale DA = Locale.forLanguageTag("da-DK");

    @Test
    void sameBoundariesAsTheJdkIterator() throws Exception {
        List<String> texts = new java.util.ArrayList<>(List.of("", "Et.", "Ingen punktum", "Hej. Hvordan går det? Godt!  Ja.\n\nNy linje",
                "Dr. Hansen kom kl. 10. Han gik igen... Slut", "  Mellemrum først. Og sidst.  "));
        try (Stream<Path> files = Files.list(Corpus.content().resolve("guides"))) {
            files.sorted().limit(5).forEach(f -> {
                try {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        for (String text : texts) {
            BreakIterator jdk = BreakIterator.getSentenceInstance(DA);
            SentenceBoundaries ours = new SentenceBoundaries(DA);
            jdk.setText(text);
            ours.setText(text);
            assertEquals(jdk.first(), ours.first());
            for (int b = jdk.next(); ; b = jdk.next()) {
                assertEquals(b, ours.next());
                if (b == BreakIterator.DONE) break;
            }
            assertEquals(jdk.last(), ours.last());
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(jdk.following(offset), ours.following(offset), "following " + offset);
                assertEquals(jdk.current(), ours.current(), "current after following " + offset);
                if (offset > 0) {
                    // the JDK's preceding() uses its backward rules, which now and then disagree with its own forward
                    // pass; ours answers from the forward boundaries: the last forward boundary before the offset
                    int expected = BreakIterator.DONE;
                    for (int b = jdk.first(); b != BreakIterator.DONE && b < offset; b = jdk.next()) expected = b;
                    assertEquals(expected, ours.preceding(offset), "preceding " + offset);
                }
            }
        }
    }
}
