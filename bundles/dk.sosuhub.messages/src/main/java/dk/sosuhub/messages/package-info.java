/**
 * The messages module's API (module id {@code messages}, "Beskeder"): conversations about a student, handovers
 * between placements with the student's consent, and each user's notification preferences. Every method takes
 * the caller, whose participation is checked. Semantically versioned.
 */
@Version("1.0.0")
package dk.sosuhub.messages;

import org.osgi.annotation.versioning.Version;
