/**
 * The placements module's API (module id {@code placements}, "Oplæring"): placement sites, their supervisors, the
 * students' placement profiles and each municipality's programme rules. Semantically versioned (a change that
 * breaks another module built against it raises the major version).
 */
@Version("1.0.0")
package dk.sosuhub.placements;

import org.osgi.annotation.versioning.Version;
