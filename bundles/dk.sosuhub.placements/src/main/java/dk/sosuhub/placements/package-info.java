/**
 * The placements module's API (module id {@code placements}, "Oplæring"): placement sites, their supervisors, the
 * students' placement profiles, each municipality's programme rules and the planner ({@link PlacementPlanner}).
 * Semantically versioned (a change that breaks another module built against it raises the major version).
 */
@Version("1.1.0")
package dk.sosuhub.placements;

import org.osgi.annotation.versioning.Version;
