package dk.sosuhub.messages;

/** How often a user wants mails of a kind. */
public enum Frequency {
    /** Within the configured delay (a burst becomes one mail), inside the sending hours. */
    IMMEDIATE,
    /** A digest at 16:00. */
    DAILY,
    /** A digest on Mondays at 08:00. */
    WEEKLY,
    NEVER
}
