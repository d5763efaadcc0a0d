package dk.sosuhub.placements;

import java.time.LocalDate;
import java.util.List;

/**
 * A placement site (oplæringssted) of a municipality.
 *
 * @param capacity        how many students the site takes at the same time (at least 0)
 * @param capacityChanges periods with another capacity; never overlapping, ordered by {@code from}
 * @param location        where the site is; null when unknown
 * @param active          whether the site takes students at all; true unless set
 */
public record PlacementSite(Long id, String name, SiteType type, Integer capacity, List<CapacityChange> capacityChanges,
                            GeoPoint location, Boolean active) {

    public PlacementSite {
        capacityChanges = capacityChanges == null ? List.of() : List.copyOf(capacityChanges);
    }

    /** The site's capacity on a day: that of the change covering the day, else {@link #capacity}; 0 when inactive. */
    public int capacityOn(LocalDate day) {
        if (Boolean.FALSE.equals(active)) {
            return 0;
        }
        for (CapacityChange c : capacityChanges) {
            if (!day.isBefore(c.from()) && !day.isAfter(c.to())) {
                return c.capacity();
            }
        }
        return capacity == null ? 0 : capacity;
    }
}
