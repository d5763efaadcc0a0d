package dk.sosuhub.messages.internal.rest;

import java.util.List;

/** What clients write; ids come from the path. */
public final class Inputs {

    private Inputs() {
    }

    /** A new conversation; {@code staffOnly}: without the student; {@code text}: an optional first message. */
    public record ConversationInput(String subject, Boolean staffOnly, String text) {
    }

    /** A message: plain text (links are found in it); files uploaded to the conversation first. */
    public record MessageInput(String text, List<Long> attachmentIds) {
    }

    public record HandoverInput(String learnt, String support, String nextSiteNotes) {
    }

    public record ConsentInput(Boolean given) {
    }

    /** A consent as answered. */
    public record Consent(boolean given) {
    }
}
