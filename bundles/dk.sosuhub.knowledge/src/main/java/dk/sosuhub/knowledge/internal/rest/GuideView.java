package dk.sosuhub.knowledge.internal.rest;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.internal.content.MarkdownRenderer;

import java.time.LocalDate;
import java.util.List;

/**
 * A guide as the API shows it: its fields, the Markdown body rendered as safe HTML, and whether it is a
 * national guide (read-only) or the municipality's own.
 *
 * @param municipality {@code national} or the owning municipality's code
 */
public record GuideView(String id, String title, String summary, String body, List<String> audience,
                        List<String> topics, String programme, String municipality, boolean national,
                        LocalDate updated, String source, String html) {

    public static GuideView of(Guide g) {
        return new GuideView(g.id(), g.title(), g.summary(), g.body(), g.audience(), g.topics(), g.programme(),
                g.municipality(), g.national(), g.updated(), g.source(), MarkdownRenderer.toHtml(g.body()));
    }
}
