package dk.sosuhub.messages;

/** What a user can be notified of by e-mail. */
public enum NotificationKind {
    /** A new message in a conversation the user takes part in. */
    MESSAGE,
    /** An absence was registered for a student the user follows (personal advisor, current supervisor). */
    ABSENCE,
    /** A handover the user may read. */
    HANDOVER
}
