package dk.sosuhub.knowledge.internal.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    @Test
    void rendersMarkdownAndTables() {
        String html = MarkdownRenderer.toHtml("# Titel\n\n- **fed** punkt\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<h1>Titel</h1>"), html);
        assertTrue(html.contains("<strong>fed</strong>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>1</td>"), html);
    }

    @Test
    void rawHtmlAndUnsafeLinksAreNeutralised() {
        String html = MarkdownRenderer.toHtml("Hej <script>alert(1)</script>\n\n<div onclick=x>y</div>\n\n[klik](javascript:alert(1))");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<div"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void plainTextHasNoMarkup() {
        String text = MarkdownRenderer.toText("## Overskrift\n\n**Fed** og [link](https://x.dk).");
        assertTrue(text.contains("Overskrift"));
        assertFalse(text.contains("**") || text.contains("##") || text.contains("]("), text);
    }
}
