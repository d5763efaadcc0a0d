package dk.sosuhub.messages;

/** An attachment with its bytes. */
public record AttachmentContent(Attachment attachment, byte[] content) {
}
