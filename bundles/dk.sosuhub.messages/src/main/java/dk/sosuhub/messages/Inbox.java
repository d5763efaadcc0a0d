package dk.sosuhub.messages;

import java.util.List;

/** A user's conversations, newest first, with unread counts. */
public record Inbox(int unread, List<Conversation> conversations) {
}
