package dk.sosuhub.messages;

import java.time.Instant;

/**
 * A conversation about a student, as one participant sees it.
 *
 * @param staffOnly     between staff, without the student
 * @param unread        messages by others this participant has not read
 * @param lastMessageAt when the newest message this participant may read was written; null when none
 */
public record Conversation(long id, String municipality, long studentId, String studentName, String subject,
                           boolean staffOnly, String createdBy, Instant createdAt, int unread, Instant lastMessageAt) {
}
