package dk.sosuhub.messages;

import dk.sosuhub.core.api.security.Caller;

import java.util.List;

/**
 * Conversations about a student. Who takes part follows the student's plan: the student (unless the conversation
 * is for staff only), the personal advisor, the education team, and the supervisor of the current placement; a
 * supervisor whose placement has ended keeps reading what was written until it ended but sees nothing newer and
 * can no longer write. Anyone else is refused (403); a student or conversation of another municipality is 404.
 */
public interface ConversationService {

    List<Conversation> conversations(Caller caller, String municipality, long studentId);

    /** Starts a conversation, with a first message when {@code text} is given. */
    Conversation start(Caller caller, String municipality, long studentId, String subject, Boolean staffOnly, String text);

    Conversation conversation(Caller caller, String municipality, long conversationId);

    /**
     * The messages the caller may read, oldest first, after the message {@code after} when given; marks them read.
     */
    List<Message> messages(Caller caller, String municipality, long conversationId, Long after);

    /** @param attachmentIds files the caller uploaded to this conversation and no message carries yet */
    Message post(Caller caller, String municipality, long conversationId, String text, List<Long> attachmentIds);

    /** Stores a file for a message to come; its type is told from its content (PDF, images, Office documents). */
    Attachment upload(Caller caller, String municipality, long conversationId, String fileName, byte[] content);

    AttachmentContent attachment(Caller caller, String municipality, long conversationId, long attachmentId);

    /** The caller's conversations in their own municipality with unread counts. */
    Inbox inbox(Caller caller);
}
