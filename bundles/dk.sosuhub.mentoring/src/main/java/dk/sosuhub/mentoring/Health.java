package dk.sosuhub.mentoring;

/**
 * The follow-up of an active relationship: ON_TRACK (a check-in within the last checkInWeeks), NEEDS_CHECK_IN (none
 * for checkInWeeks), TOO_EARLY (started less than checkInWeeks ago and no check-in yet).
 */
public enum Health {
    ON_TRACK, NEEDS_CHECK_IN, TOO_EARLY
}
