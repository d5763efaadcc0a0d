package dk.sosuhub.core.api.event;

/**
 * Topics of the events the platform sends (synchronously, after the change is committed) when a user's sign-in
 * changes: whoever keeps something for a signed-in user (a session) drops it at once. Property {@link #USERNAME}.
 */
public final class UserEvents {

    public static final String TOPIC_PREFIX = "dk/sosuhub/user/";
    /** The password or the roles changed. */
    public static final String CHANGED = TOPIC_PREFIX + "CHANGED";
    /** The user was removed. */
    public static final String REMOVED = TOPIC_PREFIX + "REMOVED";

    public static final String USERNAME = "username";

    private UserEvents() {
    }
}
