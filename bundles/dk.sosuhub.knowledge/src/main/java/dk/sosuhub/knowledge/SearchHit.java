package dk.sosuhub.knowledge;

/**
 * One hit of a search.
 *
 * @param snippet HTML: the text is escaped, matched words are wrapped in {@code <mark>…</mark>}
 */
public record SearchHit(String id, String title, String summary, String snippet, float score) {
}
