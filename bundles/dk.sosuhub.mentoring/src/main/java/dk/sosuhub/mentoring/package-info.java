/**
 * The mentoring module's API (module id {@code mentoring}, "Mentorordninger"): mentors, mentoring relationships from
 * referral to outcome with their check-ins, matching and key figures. Semantically versioned (a change that breaks
 * another module built against it raises the major version).
 */
@Version("1.0.0")
package dk.sosuhub.mentoring;

import org.osgi.annotation.versioning.Version;
