package dk.sosuhub.messages;

import dk.sosuhub.core.api.security.Caller;

import java.util.Map;

/** Each user's choice of how often to be mailed, per kind; {@link Frequency#IMMEDIATE} where not chosen. */
public interface NotificationPreferences {

    Map<NotificationKind, Frequency> get(Caller caller);

    /** Sets the kinds given (by wire name), leaving the others; an unknown kind or frequency changes nothing. */
    Map<NotificationKind, Frequency> set(Caller caller, Map<String, String> choices);
}
