package dk.sosuhub.placements.internal.plan;

/** The rules a plan never breaks. */
public enum HardRule {
    /** A site never holds more students than its capacity on any day (capacity changes applied; 0 when inactive). */
    SITE_CAPACITY,
    /** A supervisor never holds more students than their capacity on any day. */
    SUPERVISOR_CAPACITY,
    /** A student never meets the same site twice. */
    SAME_SITE_TWICE,
    /** The site's type is one the programme rule allows for the period. */
    SITE_TYPE,
    /** The site's type differs from that of the periods named in the rule's differentTypeFrom. */
    DIFFERENT_TYPE,
    /** The site is within the student's maxTravelKm of the student's home. */
    MAX_TRAVEL,
    /** The supervisor works at the site; a site with supervisors gives every student one. */
    SUPERVISOR_OF_SITE,
    /** A pinned period keeps its site and supervisor. */
    PINNED,
    /** The site or supervisor exists in the municipality. */
    UNKNOWN_SITE
}
