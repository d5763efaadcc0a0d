package dk.sosuhub.knowledge.internal.content;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.List;

/** Guide bodies as safe HTML (raw HTML escaped, unsafe links dropped) and as plain text for the index. */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        return HTML.render(parse(markdown));
    }

    public static String toText(String markdown) {
        return TEXT.render(parse(markdown));
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
