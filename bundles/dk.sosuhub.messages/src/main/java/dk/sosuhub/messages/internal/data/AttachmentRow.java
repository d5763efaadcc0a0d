package dk.sosuhub.messages.internal.data;

/** An attachment without its bytes (a JPQL constructor result). */
public record AttachmentRow(Long id, Long messageId, String fileName, String contentType, Integer size) {
}
