package dk.sosuhub.messages;

import java.time.Instant;
import java.util.List;

/**
 * One message: plain text; {@code links} are the http(s) addresses found in it, which pages show as links.
 */
public record Message(long id, long conversationId, String author, String text, List<String> links,
                      List<Attachment> attachments, Instant createdAt) {
}
