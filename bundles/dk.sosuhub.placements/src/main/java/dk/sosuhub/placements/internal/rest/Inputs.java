package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;

import java.util.List;

/** What clients write; ids come from the path. */
public final class Inputs {

    private Inputs() {
    }

    public record PlacementSiteInput(String name, SiteType type, Integer capacity, List<CapacityChange> capacityChanges, GeoPoint location,
                     Boolean active) {
        PlacementSite toModel() {
            return new PlacementSite(null, name, type, capacity, capacityChanges, location, active);
        }
    }

    public record SupervisorInput(String name, Integer capacity, List<String> competences, String username) {
        Supervisor toModel() {
            return new Supervisor(null, null, name, capacity, competences, username);
        }
    }

    public record PlacementProfileInput(Long tasterSiteId, List<Long> preferredSiteIds, GeoPoint location, Integer maxTravelKm,
                        List<String> supportNeeds) {
        PlacementProfile toModel(long studentId) {
            return new PlacementProfile(studentId, tasterSiteId, preferredSiteIds, location, maxTravelKm, supportNeeds);
        }
    }

    /** The range of a proposal: placement periods starting from {@code from} to {@code to}, both included. */
    public record PlacementPlanInput(java.time.LocalDate from, java.time.LocalDate to) {
    }

    /** A coordinator's own placement of a period; {@code pinned} (default true) keeps it when re-planning. */
    public record PlacementInput(Long siteId, Long supervisorId, Boolean pinned) {
    }
}
