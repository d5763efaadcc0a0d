package dk.sosuhub.messages;

/** A file attached to a message; {@code contentType} is what its content is, whatever its name says. */
public record Attachment(long id, String fileName, String contentType, long size) {

    /** The largest attachment: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
}
