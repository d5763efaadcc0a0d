package dk.sosuhub.placements;

import java.util.List;

/**
 * What the placement planner should know about a student.
 *
 * @param tasterSiteId     the site of the student's taster placement (snusepraktik); null when none
 * @param preferredSiteIds sites the student prefers, best first
 * @param location         where the student lives (travel distances are measured from here); null when unknown
 * @param maxTravelKm      the farthest the student can travel to a site; null when no limit is known
 * @param supportNeeds     tags matched against supervisors' competences, e.g. {@code sprog}
 */
public record PlacementProfile(Long studentId, Long tasterSiteId, List<Long> preferredSiteIds, GeoPoint location,
                               Integer maxTravelKm, List<String> supportNeeds) {

    public PlacementProfile {
        preferredSiteIds = preferredSiteIds == null ? List.of() : List.copyOf(preferredSiteIds);
        supportNeeds = supportNeeds == null ? List.of() : List.copyOf(supportNeeds);
    }
}
