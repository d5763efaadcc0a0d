package dk.sosuhub.placements.internal.rest;

import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.core.api.security.Role;

import java.util.List;

/** What clients write; ids come from the path. */
public final class Inputs {

    /** Who reads sites: everyone of the municipality's staff and its integrations. */
    public static final String[] SITE_READERS = {Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME,
            Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME};

    private Inputs() {
    }

    public record SiteInput(String name, SiteType type, Integer capacity, List<CapacityChange> capacityChanges, GeoPoint location,
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

    public record ProfileInput(Long tasterSiteId, List<Long> preferredSiteIds, GeoPoint location, Integer maxTravelKm,
                        List<String> supportNeeds) {
        PlacementProfile toModel(long studentId) {
            return new PlacementProfile(studentId, tasterSiteId, preferredSiteIds, location, maxTravelKm, supportNeeds);
        }
    }
}
